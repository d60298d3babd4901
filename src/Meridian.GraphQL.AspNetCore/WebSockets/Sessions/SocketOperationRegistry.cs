using System.Collections.Concurrent;

namespace Meridian.AspNetCore.WebSockets.Sessions;

/// <summary>The running operations of one connection by id; an id is taken until its operation ends or is completed.</summary>
internal sealed class SocketOperationRegistry
{
    private readonly ConcurrentDictionary<string, SocketOperation> _operations = new(StringComparer.Ordinal);

    public int Count => _operations.Count;

    public bool Contains(string id) => _operations.ContainsKey(id);

    public bool TryAdd(SocketOperation operation) => _operations.TryAdd(operation.Id, operation);

    /// <summary>Registers <paramref name="operation"/> in place of a running one with its id, which is cancelled.</summary>
    public void Replace(SocketOperation operation)
    {
        SocketOperation? previous = null;
        _operations.AddOrUpdate(operation.Id, operation, (_, existing) =>
        {
            previous = existing;
            return operation;
        });
        previous?.Cancel();
    }

    /// <summary>Forgets an operation that ended, unless its id was already given to another one.</summary>
    public void Remove(SocketOperation operation) =>
        _operations.TryRemove(new KeyValuePair<string, SocketOperation>(operation.Id, operation));

    /// <summary>The client completed (stopped) an operation: free its id and cancel it. Unknown ids are ignored.</summary>
    public void Complete(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Cancel();
        }
    }

    public void CancelAll()
    {
        foreach (var operation in _operations.Values)
        {
            Remove(operation);
            operation.Cancel();
        }
    }
}
