using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meridian.Subscriptions;

public static class InMemorySubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the in-process pub/sub as the <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/>,
    /// replacing any other implementation registered before.
    /// </summary>
    public static IServiceCollection AddInMemorySubscriptions(
        this IServiceCollection services,
        SubscriptionBufferOptions? defaultBuffer = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.RemoveAll<InMemoryPubSub>();
        services.AddSingleton(_ => new InMemoryPubSub(defaultBuffer));
        return services.AddTopicPubSub(static provider => provider.GetRequiredService<InMemoryPubSub>());
    }

    /// <summary>
    /// Makes one singleton the <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/>, replacing what
    /// was registered for them before. Transports (Redis) register themselves through it.
    /// </summary>
    public static IServiceCollection AddTopicPubSub<TPubSub>(
        this IServiceCollection services,
        Func<IServiceProvider, TPubSub> pubSub)
        where TPubSub : class, ITopicEventSender, ITopicEventReceiver
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(pubSub);
        services.RemoveAll<ITopicEventSender>();
        services.RemoveAll<ITopicEventReceiver>();
        services.AddSingleton<ITopicEventSender>(pubSub);
        services.AddSingleton<ITopicEventReceiver>(pubSub);
        return services;
    }
}
