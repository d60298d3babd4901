using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Meridian.Execution;

/// <summary>
/// A bounded, thread-safe cache that evicts the least recently used entry when full. Every request reads it several
/// times, so lookups take no lock: an entry remembers when it was last used as a stamp of the cache's clock, and
/// the clock only moves when a different entry is used than the last one (a server answering the same operation
/// over and over writes nothing). Inserts, which happen once per new document, take a lock and evict the entry with
/// the oldest stamp (entries are few: a scan of them costs less than the parsing that precedes an insert).
/// </summary>
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries;
    private readonly object _insertSync = new();
    private long _clock;
    private int _count;

    public LruCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _entries = new ConcurrentDictionary<TKey, Entry>(comparer);
    }

    public int Capacity { get; }

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            Touch(entry);
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        if (Capacity == 0)
        {
            return;
        }

        lock (_insertSync)
        {
            var entry = new Entry(value);
            Touch(entry);
            if (_entries.TryGetValue(key, out _))
            {
                _entries[key] = entry;
                return;
            }

            if (_count >= Capacity)
            {
                EvictLeastRecentlyUsed();
            }

            _entries[key] = entry;
            Volatile.Write(ref _count, _count + 1);
        }
    }

    public void Clear()
    {
        lock (_insertSync)
        {
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }
    }

    // Gives the entry the newest stamp, unless it has it already; two entries used at once may both advance the
    // clock, and either order between them is a correct recency order.
    private void Touch(Entry entry)
    {
        var stamp = Volatile.Read(ref entry.LastUsed);
        if (stamp == 0 || stamp != Volatile.Read(ref _clock))
        {
            Volatile.Write(ref entry.LastUsed, Interlocked.Increment(ref _clock));
        }
    }

    private void EvictLeastRecentlyUsed()
    {
        KeyValuePair<TKey, Entry>? oldest = null;
        foreach (var pair in _entries)
        {
            if (oldest is null || Volatile.Read(ref pair.Value.LastUsed) < Volatile.Read(ref oldest.Value.Value.LastUsed))
            {
                oldest = pair;
            }
        }

        if (oldest is { } evicted && _entries.TryRemove(evicted))
        {
            Volatile.Write(ref _count, _count - 1);
        }
    }

    private sealed class Entry(TValue value)
    {
        public readonly TValue Value = value;

        // The cache's clock when the entry was last used; 0 until it is first stamped.
        public long LastUsed;
    }
}
