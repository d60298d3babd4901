using System.Buffers;
using System.IO.Pipelines;
using Meridian.Execution;

namespace Meridian.AspNetCore.Sse;

/// <summary>
/// Writes the event stream of graphql-sse's distinct connections mode: <c>event: next</c> with a result as data,
/// <c>event: complete</c> with empty data (so that EventSource fires it), and comment lines as keep-alives. Writes
/// are serialized (results and keep-alives come from different tasks) and each flush is bounded by the
/// slow-consumer timeout.
/// </summary>
internal sealed class SseEventWriter(PipeWriter output, TimeSpan slowConsumerTimeout) : IDisposable
{
    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata: \n\n"u8.ToArray();
    private static readonly byte[] KeepAliveComment = ":\n\n"u8.ToArray();

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>True when a flush did not finish within the slow-consumer timeout.</summary>
    public bool TimedOut { get; private set; }

    public Task WriteNextAsync(OperationResult result, CancellationToken cancellationToken) =>
        WriteAsync(result, static (output, result) =>
        {
            output.Write(NextPrefix);
            JsonResultFormatter.Write(result, output);
            output.Write(EventEnd);
        }, cancellationToken);

    public Task WriteCompleteAsync(CancellationToken cancellationToken) =>
        WriteAsync(Complete, static (output, bytes) => output.Write(bytes), cancellationToken);

    public Task WriteKeepAliveAsync(CancellationToken cancellationToken) =>
        WriteAsync(KeepAliveComment, static (output, bytes) => output.Write(bytes), cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task WriteAsync<TState>(TState state, Action<PipeWriter, TState> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            write(output, state);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(slowConsumerTimeout);
            try
            {
                await output.FlushAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                TimedOut = true;
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
