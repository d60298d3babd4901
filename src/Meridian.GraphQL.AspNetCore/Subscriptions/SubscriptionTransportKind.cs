namespace Meridian.AspNetCore.Subscriptions;

/// <summary>Which pub/sub carries subscription events.</summary>
public enum SubscriptionTransportKind
{
    /// <summary>Redis when a Redis configuration is given, in-process otherwise.</summary>
    Auto,

    /// <summary>In-process: events reach the subscribers of this server instance only (the embedded default).</summary>
    InMemory,

    /// <summary>Redis pub/sub: events reach the subscribers of every instance sharing the Redis server.</summary>
    Redis,
}
