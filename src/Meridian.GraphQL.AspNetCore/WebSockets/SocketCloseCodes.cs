using System.Net.WebSockets;

namespace Meridian.AspNetCore.WebSockets;

/// <summary>
/// The close codes of GraphQL over WebSocket (graphql-ws PROTOCOL.md and the graphql-ws server's codes), used for
/// both subprotocols so that a client learns why it was cut off the same way under either.
/// </summary>
public static class SocketCloseCodes
{
    /// <summary>The client sent a message that is not valid under the subprotocol.</summary>
    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;

    /// <summary>The client sent an operation before its connection was acknowledged.</summary>
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;

    /// <summary>The connection interceptor rejected the connection (for example an invalid token).</summary>
    public const WebSocketCloseStatus Forbidden = (WebSocketCloseStatus)4403;

    /// <summary>The client offered no subprotocol the server speaks.</summary>
    public const WebSocketCloseStatus SubprotocolNotAcceptable = (WebSocketCloseStatus)4406;

    /// <summary>No acknowledged <c>connection_init</c> within the configured time.</summary>
    public const WebSocketCloseStatus ConnectionInitialisationTimeout = (WebSocketCloseStatus)4408;

    /// <summary>An operation with the same id is still running on this connection.</summary>
    public const WebSocketCloseStatus SubscriberAlreadyExists = (WebSocketCloseStatus)4409;

    /// <summary>The client sent <c>connection_init</c> more than once.</summary>
    public const WebSocketCloseStatus TooManyInitialisationRequests = (WebSocketCloseStatus)4429;

    /// <summary>The server failed unexpectedly while handling the connection.</summary>
    public const WebSocketCloseStatus InternalServerError = (WebSocketCloseStatus)4500;
}
