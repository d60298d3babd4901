namespace Meridian.PersistedOperations;

/// <summary>
/// Documents kept in memory, at most <see cref="Capacity"/> of them: saving one more evicts the least recently used,
/// so clients that register endless distinct documents cannot grow memory without bound.
/// </summary>
public sealed class InMemoryOperationDocumentStorage : IOperationDocumentStorage
{
    public const int DefaultCapacity = 1000;

    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, string>>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<KeyValuePair<string, string>> _recency = new();

    public InMemoryOperationDocumentStorage(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public ValueTask<string?> TryReadAsync(OperationDocumentId id, CancellationToken cancellationToken = default)
    {
        var key = id.RequireValue();
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return ValueTask.FromResult<string?>(null);
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return ValueTask.FromResult<string?>(node.Value.Value);
        }
    }

    public ValueTask SaveAsync(OperationDocumentId id, string document, CancellationToken cancellationToken = default)
    {
        var key = id.RequireValue();
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_entries.Remove(key, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count == Capacity)
            {
                var leastRecent = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(leastRecent.Value.Key);
            }

            _entries[key] = _recency.AddFirst(new KeyValuePair<string, string>(key, document));
        }

        return ValueTask.CompletedTask;
    }
}
