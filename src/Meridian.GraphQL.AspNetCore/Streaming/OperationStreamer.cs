using Meridian.Execution;

namespace Meridian.AspNetCore.Streaming;

/// <summary>
/// Runs one operation for a streaming transport: executes it and hands each result to a sink, disposing every
/// result once the sink has written it. Cancelling (the client completed the operation or went away) ends the
/// enumeration and disposes the engine's response stream, which unsubscribes from the source.
/// </summary>
internal static class OperationStreamer
{
    /// <exception cref="OperationCanceledException">The operation was cancelled; nothing more was sent.</exception>
    public static async Task RunAsync(
        IRequestExecutor executor,
        OperationRequest request,
        IOperationResultSink sink,
        CancellationToken cancellationToken)
    {
        var result = await executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        if (result is ResponseStream stream)
        {
            try
            {
                await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    using (item)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await sink.OnResultAsync(item, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
        else
        {
            using var single = (OperationResult)result;
            cancellationToken.ThrowIfCancellationRequested();
            if (single.IsRequestError)
            {
                await sink.OnRequestErrorAsync(single, cancellationToken).ConfigureAwait(false);
                return;
            }

            await sink.OnResultAsync(single, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await sink.OnCompletedAsync(cancellationToken).ConfigureAwait(false);
    }
}
