using Meridian.Redis.Subscriptions;
using Meridian.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.AspNetCore.Subscriptions;

public static class SubscriptionTransportServiceCollectionExtensions
{
    /// <summary>The section of <see cref="SubscriptionTransportOptions"/>.</summary>
    public const string SectionName = "Subscriptions";

    /// <summary>The key of the StackExchange.Redis configuration string, shared with Meridian's other Redis services.</summary>
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// Registers the pub/sub of subscription events as the configuration says:
    /// <code>
    /// "Redis": { "Configuration": "redis:6379,abortConnect=false" },
    /// "Subscriptions": { "Transport": "Auto", "BufferCapacity": 64, "BufferFullMode": "DropOldest", "RedisChannelPrefix": "booking:" }
    /// </code>
    /// <c>Transport</c> is <c>Auto</c> (Redis when <c>Redis:Configuration</c> is set, in-process otherwise),
    /// <c>InMemory</c> or <c>Redis</c> (which requires <c>Redis:Configuration</c>).
    /// </summary>
    public static IServiceCollection AddSubscriptionTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = ReadOptions(configuration);
        var buffer = new SubscriptionBufferOptions { Capacity = options.BufferCapacity, FullMode = options.BufferFullMode };
        var useRedis = SelectTransport(configuration) == SubscriptionTransportKind.Redis;
        if (!useRedis)
        {
            return services.AddInMemorySubscriptions(buffer);
        }

        return services.AddRedisSubscriptions(configuration[RedisConfigurationKey]!, redisOptions =>
        {
            redisOptions.DefaultBuffer = buffer;
            if (!string.IsNullOrEmpty(options.RedisChannelPrefix))
            {
                redisOptions.ChannelPrefix = options.RedisChannelPrefix;
            }
        });
    }

    /// <summary>
    /// The transport the configuration selects, <see cref="SubscriptionTransportKind.Auto"/> resolved: what
    /// <see cref="AddSubscriptionTransport"/> registers, for applications that report it or check its health.
    /// </summary>
    public static SubscriptionTransportKind SelectTransport(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var hasRedis = !string.IsNullOrWhiteSpace(configuration[RedisConfigurationKey]);
        return ReadOptions(configuration).Transport switch
        {
            SubscriptionTransportKind.InMemory => SubscriptionTransportKind.InMemory,
            SubscriptionTransportKind.Redis => hasRedis
                ? SubscriptionTransportKind.Redis
                : throw new InvalidOperationException($"Subscriptions:Transport is Redis, but {RedisConfigurationKey} is not set."),
            _ => hasRedis ? SubscriptionTransportKind.Redis : SubscriptionTransportKind.InMemory,
        };
    }

    private static SubscriptionTransportOptions ReadOptions(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<SubscriptionTransportOptions>() ?? new SubscriptionTransportOptions();
}
