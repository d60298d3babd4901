namespace Meridian.Redis.Subscriptions;

/// <summary>The outcome of <see cref="RedisPubSub.VerifySubscriptionsAsync"/>.</summary>
/// <param name="Topics">The topics with local subscribers that were checked.</param>
/// <param name="Resubscribed">Those whose channel subscription was lost and re-established.</param>
/// <param name="Unresponsive">Those still not receiving after every repair attempt.</param>
public readonly record struct RedisSubscriptionCheck(int Topics, int Resubscribed, int Unresponsive)
{
    public bool IsHealthy => Unresponsive == 0;
}
