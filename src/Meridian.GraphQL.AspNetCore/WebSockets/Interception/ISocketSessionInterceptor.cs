using Meridian.Execution;

namespace Meridian.AspNetCore.WebSockets;

/// <summary>
/// Hooks into the life of GraphQL WebSocket connections (Hot Chocolate's <c>ISocketSessionInterceptor</c> idea):
/// accept or refuse a connection from its <c>connection_init</c>, enrich each operation's request, observe the close.
/// Register one in the container to replace the default <see cref="BearerTokenSocketInterceptor"/>.
/// </summary>
public interface ISocketSessionInterceptor
{
    /// <summary>
    /// Decides on the client's <c>connection_init</c>. Refusing closes the socket with 4403 (after a
    /// <c>connection_error</c> message under the legacy subprotocol).
    /// </summary>
    ValueTask<SocketConnectResult> OnConnectAsync(ISocketConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Called before each operation runs. The request already carries the connection's user and a service scope of
    /// its own; add global state, overrides or flags here.
    /// </summary>
    ValueTask OnRequestAsync(ISocketConnection connection, OperationRequestBuilder request, CancellationToken cancellationToken);

    /// <summary>Called once when the connection has closed, whoever closed it.</summary>
    ValueTask OnCloseAsync(ISocketConnection connection, CancellationToken cancellationToken);
}
