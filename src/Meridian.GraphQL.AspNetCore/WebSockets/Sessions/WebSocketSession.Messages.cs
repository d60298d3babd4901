using System.Net.WebSockets;
using Meridian.AspNetCore.Http;
using Meridian.AspNetCore.WebSockets.Messages;
using Meridian.Errors;
using Microsoft.Extensions.Logging;

namespace Meridian.AspNetCore.WebSockets.Sessions;

/// <summary>The connection's state machine: what each client message does, under either subprotocol.</summary>
internal sealed partial class WebSocketSession
{
    private int _initReceived;
    private volatile bool _acknowledged;

    private bool IsAcknowledged => _acknowledged;

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> frame)
    {
        ClientMessage message;
        try
        {
            message = ClientMessageReader.Read(frame, Protocol, Endpoint.Options);
        }
        catch (InvalidSocketMessageException exception)
        {
            BeginClose(SocketCloseCodes.BadRequest, exception.Message);
            return;
        }

        try
        {
            switch (message.Kind)
            {
                case ClientMessageKind.ConnectionInit:
                    await InitializeAsync(message.ConnectionParameters).ConfigureAwait(false);
                    break;
                case ClientMessageKind.Ping when Protocol.Pong is { } pong:
                    await Queue.EnqueueAsync(pong).ConfigureAwait(false);
                    break;
                case ClientMessageKind.Subscribe:
                    await StartOperationAsync(message.Id!, message.Request!).ConfigureAwait(false);
                    break;
                case ClientMessageKind.Complete:
                    Operations.Complete(message.Id!);
                    break;
                case ClientMessageKind.Terminate:
                    BeginClose(WebSocketCloseStatus.NormalClosure, "Connection terminated");
                    break;
            }
        }
        catch (OperationCanceledException) when (IsClosing)
        {
            // The connection closed while the message was being handled.
        }
        catch (Exception exception)
        {
            Logger.LogError(exception, "Handling a GraphQL WebSocket message failed.");
            BeginClose(SocketCloseCodes.InternalServerError, "Internal server error");
        }
    }

    private async Task InitializeAsync(IReadOnlyDictionary<string, object?>? parameters)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            BeginClose(SocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        Connection.ConnectionParameters = parameters;
        var verdict = await Interceptor.OnConnectAsync(Connection, _lifetime.Token).ConfigureAwait(false);
        if (!verdict.IsAccepted)
        {
            var reason = verdict.Message ?? "Forbidden";
            if (Protocol.WriteConnectionRejected(reason) is { } rejection)
            {
                await Queue.EnqueueAsync(rejection).ConfigureAwait(false);
            }

            BeginClose(SocketCloseCodes.Forbidden, reason);
            return;
        }

        // Acknowledged before the ack is queued, so that the init timeout cannot close a connection it already accepted.
        _acknowledged = true;
        if (!await Queue.EnqueueAsync(Protocol.WriteAck(verdict.Acknowledgement)).ConfigureAwait(false))
        {
            return;
        }

        if (_options.KeepAliveInterval is { } interval)
        {
            _keepAlive = KeepAliveAsync(interval);
        }

        if (Connection.AuthenticationExpires is { } expires)
        {
            _authenticationExpiry = CloseWhenAuthenticationLapsesAsync(expires);
        }
    }

    private async ValueTask StartOperationAsync(string id, GraphQLRequest request)
    {
        if (!IsAcknowledged)
        {
            BeginClose(SocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (_options.MaxOperationsPerConnection is { } max && Operations.Count >= max && !Operations.Contains(id))
        {
            var error = new Error($"This connection already runs {max} operations; complete one before starting another.", ServerErrorCodes.TooManyOperations);
            await Queue.EnqueueAsync(Protocol.WriteError(id, [error])).ConfigureAwait(false);
            return;
        }

        var operation = new SocketOperation(this, id);
        if (Protocol.ReplacesDuplicateOperations)
        {
            Operations.Replace(operation);
        }
        else if (!Operations.TryAdd(operation))
        {
            BeginClose(SocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        operation.Start(request);
    }
}
