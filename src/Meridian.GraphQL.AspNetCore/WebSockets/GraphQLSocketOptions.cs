namespace Meridian.AspNetCore.WebSockets;

/// <summary>Settings of GraphQL over WebSocket connections (both subprotocols).</summary>
public sealed class GraphQLSocketOptions
{
    /// <summary>How long a client has, after the socket opened, to get its <c>connection_init</c> acknowledged (then 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the server sends a keep-alive once the connection is acknowledged: a <c>ping</c> under
    /// graphql-transport-ws, a <c>ka</c> under the legacy graphql-ws (which also sends one right after the ack).
    /// Null turns keep-alives off.
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The most outgoing messages waiting for one connection's socket. When the queue is full, the connection's
    /// operations wait for room (their events meanwhile wait in, and are dropped by, their subscription buffers).
    /// </summary>
    public int SendQueueCapacity { get; set; } = 64;

    /// <summary>
    /// How long the socket may take to accept one outgoing message. A client that reads nothing for this long is
    /// cut off (the connection is aborted), so that a stalled consumer holds server memory for a bounded time only.
    /// </summary>
    public TimeSpan SlowConsumerTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the server waits for the client's reply to a close frame before aborting the connection.</summary>
    public TimeSpan CloseHandshakeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The most operations one connection may run at once. A subscribe beyond it is answered with an <c>error</c>
    /// message (<c>WEBSOCKET_TOO_MANY_OPERATIONS</c>) and the connection stays open, so that one socket cannot hold
    /// an unbounded number of subscriptions, scopes and buffers. Null means no limit.
    /// </summary>
    public int? MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>The largest message a client may send, in bytes (larger ones close the socket with 1009).</summary>
    public int MaxIncomingMessageSize { get; set; } = 1024 * 1024;
}
