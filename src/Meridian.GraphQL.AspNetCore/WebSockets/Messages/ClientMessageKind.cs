namespace Meridian.AspNetCore.WebSockets.Messages;

/// <summary>What a client message asks for, whichever subprotocol named it.</summary>
internal enum ClientMessageKind
{
    Unknown,
    ConnectionInit,
    Ping,
    Pong,

    /// <summary>Start an operation: <c>subscribe</c> (graphql-transport-ws) or <c>start</c> (graphql-ws).</summary>
    Subscribe,

    /// <summary>Stop an operation: <c>complete</c> (graphql-transport-ws) or <c>stop</c> (graphql-ws).</summary>
    Complete,

    /// <summary>End the connection: <c>connection_terminate</c> (graphql-ws only).</summary>
    Terminate,
}
