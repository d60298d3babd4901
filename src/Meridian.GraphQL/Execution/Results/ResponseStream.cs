namespace Meridian.Execution;

/// <summary>
/// The response stream of a subscription (§6.3.2): one <see cref="OperationResult"/> per source event. Enumerate it
/// once; cancelling the enumeration or disposing the stream unsubscribes from the source. Each result must be
/// disposed by the reader once written.
/// </summary>
public sealed class ResponseStream : IExecutionResult, IAsyncEnumerable<OperationResult>
{
    private readonly Func<CancellationToken, IAsyncEnumerable<OperationResult>> _read;
    private readonly Func<ValueTask> _dispose;
    private int _enumerated;
    private int _disposed;

    internal ResponseStream(
        Func<CancellationToken, IAsyncEnumerable<OperationResult>> read,
        Func<ValueTask> dispose,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        _read = read;
        _dispose = dispose;
        Extensions = extensions;
    }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public IAsyncEnumerator<OperationResult> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) == 1)
        {
            throw new InvalidOperationException("A response stream can be read only once.");
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        return _read(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _disposed, 1) == 0 ? _dispose() : default;
}
