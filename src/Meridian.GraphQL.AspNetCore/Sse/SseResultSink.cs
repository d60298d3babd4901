using Meridian.AspNetCore.Streaming;
using Meridian.Execution;

namespace Meridian.AspNetCore.Sse;

/// <summary>
/// Sends an operation's results as events. A request that fails before execution is still answered through the
/// accepted stream (graphql-sse: a <c>next</c> event holding the errors, then <c>complete</c>), not with a status code.
/// </summary>
internal sealed class SseResultSink(SseEventWriter writer) : IOperationResultSink
{
    public async ValueTask OnRequestErrorAsync(OperationResult result, CancellationToken cancellationToken)
    {
        await writer.WriteNextAsync(result, cancellationToken).ConfigureAwait(false);
        await writer.WriteCompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask OnResultAsync(OperationResult result, CancellationToken cancellationToken) =>
        await writer.WriteNextAsync(result, cancellationToken).ConfigureAwait(false);

    public async ValueTask OnCompletedAsync(CancellationToken cancellationToken) =>
        await writer.WriteCompleteAsync(cancellationToken).ConfigureAwait(false);
}
