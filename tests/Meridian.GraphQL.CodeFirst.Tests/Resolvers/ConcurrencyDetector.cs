namespace Meridian.GraphQL.CodeFirst.Tests.Resolvers;

/// <summary>
/// A scoped service that behaves like a DbContext: it refuses a second operation while one is running and any use
/// after disposal, so sharing one instance between concurrent resolvers shows up as an error.
/// </summary>
public sealed class ConcurrencyDetector : IDisposable
{
    private static int _created;
    private static int _disposed;
    private int _inUse;
    private bool _isDisposed;

    public ConcurrencyDetector()
    {
        Interlocked.Increment(ref _created);
    }

    public static int Created => Volatile.Read(ref _created);

    public static int Disposed => Volatile.Read(ref _disposed);

    public async Task<string> QueryAsync(string value)
    {
        ObjectDisposedException.ThrowIf(_isDisposed, this);
        if (Interlocked.Exchange(ref _inUse, 1) == 1)
        {
            throw new InvalidOperationException("A second operation was started on this context instance before a previous operation completed.");
        }

        try
        {
            await Task.Delay(250);
            return value;
        }
        finally
        {
            Volatile.Write(ref _inUse, 0);
        }
    }

    /// <summary>A lazy sequence that reads from the service as it is enumerated.</summary>
    public IEnumerable<string> Stream(params string[] values)
    {
        foreach (var value in values)
        {
            ObjectDisposedException.ThrowIf(_isDisposed, this);
            yield return value;
        }
    }

    public void Dispose()
    {
        _isDisposed = true;
        Interlocked.Increment(ref _disposed);
    }
}
