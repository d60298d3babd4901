using Meridian.Execution;
using Meridian.Subscriptions;

namespace Meridian.CodeFirst;

public static class SubscriptionBuilderExtensions
{
    /// <summary>Registers the in-process topic pub/sub (<see cref="InMemoryPubSub"/>) as the sender and receiver of subscription events.</summary>
    public static IRequestExecutorBuilder AddInMemorySubscriptions(this IRequestExecutorBuilder builder, SubscriptionBufferOptions? defaultBuffer = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddInMemorySubscriptions(defaultBuffer);
        return builder;
    }
}
