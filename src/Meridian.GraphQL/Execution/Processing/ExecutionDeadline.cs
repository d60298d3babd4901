using System.Diagnostics;

namespace Meridian.Execution;

/// <summary>
/// The execution timeout of one request or one subscription event, armed lazily. Most operations finish
/// synchronously within microseconds, and a linked token source with a timer for each of them cost more than
/// executing a small query. The token source is created the first time something needs the token (an asynchronous
/// resolver, a DataLoader, the executor waiting for work); until then the executor compares a timestamp with the
/// deadline between batches of work (<see cref="ThrowIfAborted"/>).
/// </summary>
internal sealed class ExecutionDeadline(CancellationToken callerAborted, TimeSpan timeout) : IDisposable
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private CancellationTokenSource? _source;

    public TimeSpan Timeout => timeout;

    /// <summary>
    /// Cancelled when the caller aborts or the deadline passes. Asked for after the deadline, it is cancelled even if
    /// the timer has not run yet (on a busy machine timers run late).
    /// </summary>
    public CancellationToken Token => CancelIfExpired(Volatile.Read(ref _source) ?? CreateSource()).Token;

    /// <summary>True when the caller aborted or the deadline cancelled the execution.</summary>
    public bool IsCancellationRequested =>
        Volatile.Read(ref _source) is { } source ? source.IsCancellationRequested : callerAborted.IsCancellationRequested;

    /// <summary>True when the deadline, not the caller, cancelled the execution.</summary>
    public bool HasExpired => Volatile.Read(ref _source) is { IsCancellationRequested: true } && !callerAborted.IsCancellationRequested;

    /// <summary>Throws when the caller aborted or the deadline passed (cancelling the token for whoever holds it).</summary>
    public void ThrowIfAborted()
    {
        var source = Volatile.Read(ref _source);
        if (source is null)
        {
            callerAborted.ThrowIfCancellationRequested();
            if (Stopwatch.GetElapsedTime(_started) < timeout)
            {
                return;
            }

            source = CreateSource();
        }

        CancelIfExpired(source).Token.ThrowIfCancellationRequested();
    }

    public void Dispose() => Volatile.Read(ref _source)?.Dispose();

    private CancellationTokenSource CancelIfExpired(CancellationTokenSource source)
    {
        if (!source.IsCancellationRequested && Stopwatch.GetElapsedTime(_started) >= timeout)
        {
            source.Cancel();
        }

        return source;
    }

    // Asynchronous resolvers may ask for the token from other threads: the first source published wins.
    private CancellationTokenSource CreateSource()
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(callerAborted);
        var remaining = timeout - Stopwatch.GetElapsedTime(_started);
        if (remaining > TimeSpan.Zero)
        {
            source.CancelAfter(remaining);
        }
        else
        {
            source.Cancel();
        }

        var published = Interlocked.CompareExchange(ref _source, source, null);
        if (published is null)
        {
            return source;
        }

        source.Dispose();
        return published;
    }
}
