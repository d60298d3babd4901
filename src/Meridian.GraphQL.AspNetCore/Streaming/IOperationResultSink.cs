using Meridian.Execution;

namespace Meridian.AspNetCore.Streaming;

/// <summary>Where a transport sends the results of one operation (a WebSocket operation id, an SSE response).</summary>
internal interface IOperationResultSink
{
    /// <summary>The request failed before execution (syntax, validation, variables): this is its only result.</summary>
    ValueTask OnRequestErrorAsync(OperationResult result, CancellationToken cancellationToken);

    /// <summary>A result: the only one of a query or mutation, or one per event of a subscription.</summary>
    ValueTask OnResultAsync(OperationResult result, CancellationToken cancellationToken);

    /// <summary>Every result was delivered and the operation ended on the server's side.</summary>
    ValueTask OnCompletedAsync(CancellationToken cancellationToken);
}
