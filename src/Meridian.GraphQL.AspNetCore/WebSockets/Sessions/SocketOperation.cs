using Meridian.AspNetCore.Http;
using Meridian.AspNetCore.Streaming;
using Meridian.Errors;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Meridian.AspNetCore.WebSockets.Sessions;

/// <summary>
/// One operation of a connection: runs the request in a service scope of its own as the connection's user and
/// sends its results under its id. The client completing it, or the connection closing, cancels it, which
/// disposes the engine's response stream.
/// </summary>
internal sealed class SocketOperation : IOperationResultSink
{
    private readonly WebSocketSession _session;
    private readonly CancellationTokenSource _cancellation = new();

    public SocketOperation(WebSocketSession session, string id)
    {
        _session = session;
        Id = id;
    }

    public string Id { get; }

    public void Start(GraphQLRequest request) => _ = RunAsync(request);

    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation already ended.
        }
    }

    public ValueTask OnRequestErrorAsync(OperationResult result, CancellationToken cancellationToken) =>
        EndAsync(_session.Protocol.WriteError(Id, result.Errors), cancellationToken);

    public ValueTask OnResultAsync(OperationResult result, CancellationToken cancellationToken) =>
        SendAsync(_session.Protocol.WriteNext(Id, result), cancellationToken);

    public ValueTask OnCompletedAsync(CancellationToken cancellationToken) =>
        EndAsync(_session.Protocol.WriteComplete(Id), cancellationToken);

    private async Task RunAsync(GraphQLRequest operation)
    {
        var cancellationToken = _cancellation.Token;
        _session.OperationStarted();
        try
        {
            // Leave the receive loop at once: the operation runs beside the connection's other messages.
            await Task.Yield();
            var scope = _session.ScopeFactory.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var request = _session.Endpoint.CreateRequestBuilder(operation, operation.Variables, AllowedOperations.All)
                    .SetServices(scope.ServiceProvider)
                    .SetUser(_session.Connection.User);
                await _session.Interceptor.OnRequestAsync(_session.Connection, request, cancellationToken).ConfigureAwait(false);
                await OperationStreamer.RunAsync(_session.Executor, request.Build(), this, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (GraphQLRequestException exception)
        {
            // The request names its document wrongly (an invalid persisted query hash): it fails like a request error.
            await TrySendErrorAsync(exception.Error, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Completed by the client, or the connection is closing: nothing more is sent for this id.
        }
        catch (Exception exception)
        {
            _session.Logger.LogError(exception, "The GraphQL WebSocket operation {OperationId} failed.", Id);
            await TrySendErrorAsync(new Error("Unexpected Execution Error", ErrorCodes.UnexpectedError), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _session.Operations.Remove(this);
            _cancellation.Dispose();
            _session.OperationEnded();
        }
    }

    /// <summary>
    /// The operation leaves the registry before its last message is queued, so that a client that reuses the id as
    /// soon as it sees that message is not refused as a duplicate.
    /// </summary>
    private ValueTask EndAsync(OutgoingFrame frame, CancellationToken cancellationToken)
    {
        _session.Operations.Remove(this);
        return SendAsync(frame, cancellationToken);
    }

    private async ValueTask SendAsync(OutgoingFrame frame, CancellationToken cancellationToken)
    {
        if (!await _session.Queue.EnqueueAsync(frame, cancellationToken).ConfigureAwait(false))
        {
            // The connection is closing: stop as if cancelled.
            _cancellation.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private async Task TrySendErrorAsync(IError error, CancellationToken cancellationToken)
    {
        try
        {
            await EndAsync(_session.Protocol.WriteError(Id, [error]), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Nobody is listening any more.
        }
    }
}
