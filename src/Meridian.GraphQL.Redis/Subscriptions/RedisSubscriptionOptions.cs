using Meridian.Subscriptions;

namespace Meridian.Redis.Subscriptions;

public sealed class RedisSubscriptionOptions
{
    /// <summary>Prepended to a topic name to make its Redis channel; lets several applications share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "meridian:topic:";

    /// <summary>The buffer of a local subscriber that asks for none.</summary>
    public SubscriptionBufferOptions DefaultBuffer { get; set; } = SubscriptionBufferOptions.Default;

    /// <summary>How long to let the connection settle after Redis comes back before checking the subscriptions.</summary>
    public TimeSpan RestoreSettleDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a probe may take to come back on a topic's channel before the subscription counts as lost.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times a lost channel subscription is re-established and probed again before giving up until the next reconnect.</summary>
    public int RepairAttempts { get; set; } = 3;
}
