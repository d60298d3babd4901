using StackExchange.Redis;

namespace Meridian.Redis.Subscriptions;

/// <summary>A local topic's subscription to its Redis channel, as the reconnect checks see it.</summary>
internal interface IRedisTopicBinding
{
    RedisChannel Channel { get; }

    bool IsDetached { get; }

    /// <summary>Drops and re-creates the channel subscription, unless the topic closed meanwhile.</summary>
    Task ReattachAsync();
}
