using Meridian.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Meridian.Redis.Subscriptions;

public static class RedisSubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// Registers Redis pub/sub as the <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/>, connecting
    /// with <paramref name="configuration"/> (StackExchange.Redis syntax, shared with Meridian's other Redis services).
    /// </summary>
    public static IServiceCollection AddRedisSubscriptions(
        this IServiceCollection services,
        string configuration,
        Action<RedisSubscriptionOptions>? configure = null) =>
        services.AddRedisConnection(configuration).AddRedisPubSub(configure);

    /// <summary>Registers Redis pub/sub over a multiplexer the application owns.</summary>
    public static IServiceCollection AddRedisSubscriptions(
        this IServiceCollection services,
        Func<IServiceProvider, IConnectionMultiplexer> multiplexer,
        Action<RedisSubscriptionOptions>? configure = null) =>
        services.AddRedisConnection(multiplexer).AddRedisPubSub(configure);

    private static IServiceCollection AddRedisPubSub(this IServiceCollection services, Action<RedisSubscriptionOptions>? configure)
    {
        var options = new RedisSubscriptionOptions();
        configure?.Invoke(options);
        services.TryAddSingleton<IMessageSerializer>(JsonMessageSerializer.Default);
        services.RemoveAll<RedisPubSub>();
        services.AddSingleton(provider => new RedisPubSub(
            provider.GetRequiredService<RedisConnectionProvider>(),
            options,
            provider.GetRequiredService<IMessageSerializer>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<RedisPubSub>()));
        return services.AddTopicPubSub(static provider => provider.GetRequiredService<RedisPubSub>());
    }
}
