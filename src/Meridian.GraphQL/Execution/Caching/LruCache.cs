using System.Diagnostics.CodeAnalysis;

namespace Meridian.Execution;

/// <summary>
/// A bounded, thread-safe cache that evicts the least recently used entry when full. Lookups and updates take one
/// short lock; entries are few (hundreds) and the work done under the lock is a dictionary access and a list move.
/// </summary>
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _entries;
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();
    private readonly object _sync = new();

    public LruCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _entries = new Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>>(comparer);
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (_sync)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                if (!ReferenceEquals(_order.First, node))
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }

                value = node.Value.Value;
                return true;
            }
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

        lock (_sync)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                existing.Value = (key, value);
                _order.Remove(existing);
                _order.AddFirst(existing);
                return;
            }

            if (_entries.Count >= Capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _entries.Remove(last.Value.Key);
            }

            _entries.Add(key, _order.AddFirst((key, value)));
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _entries.Clear();
            _order.Clear();
        }
    }
}
