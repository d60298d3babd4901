namespace Meridian.AspNetCore.Sse;

/// <summary>Settings of GraphQL over server-sent events.</summary>
public sealed class GraphQLSseOptions
{
    /// <summary>How often a comment line is sent to keep idle streams (and proxies) alive; null turns it off.</summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// How long the client may take to accept one event. Writes wait while the connection's buffers are full (the
    /// subscription's buffer meanwhile drops its oldest events); a client that reads nothing for this long is cut off.
    /// </summary>
    public TimeSpan SlowConsumerTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
