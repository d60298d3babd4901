using Meridian.Subscriptions;

namespace Meridian.AspNetCore.Subscriptions;

/// <summary>The <c>Subscriptions</c> configuration section (see <see cref="SubscriptionTransportServiceCollectionExtensions"/>).</summary>
public sealed class SubscriptionTransportOptions
{
    public SubscriptionTransportKind Transport { get; set; } = SubscriptionTransportKind.Auto;

    /// <summary>How many events wait for a subscriber that reads slowly before its oldest ones are dropped.</summary>
    public int BufferCapacity { get; set; } = SubscriptionBufferOptions.DefaultCapacity;

    /// <summary>What a full subscriber buffer does with the next event.</summary>
    public SubscriptionBufferFullMode BufferFullMode { get; set; } = SubscriptionBufferFullMode.DropOldest;

    /// <summary>The prefix of the Redis channels of topics, so that applications can share one Redis.</summary>
    public string? RedisChannelPrefix { get; set; }
}
