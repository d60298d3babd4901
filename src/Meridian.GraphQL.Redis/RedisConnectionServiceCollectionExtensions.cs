using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Meridian.Redis;

public static class RedisConnectionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="RedisConnectionProvider"/> that Meridian's Redis services share, connecting with
    /// <paramref name="configuration"/> (StackExchange.Redis syntax). The first registration wins.
    /// </summary>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services, string configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        services.TryAddSingleton(_ => new RedisConnectionProvider(configuration));
        return services;
    }

    /// <summary>Registers a connection provider over a multiplexer the application owns. The first registration wins.</summary>
    public static IServiceCollection AddRedisConnection(
        this IServiceCollection services,
        Func<IServiceProvider, IConnectionMultiplexer> multiplexer)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(multiplexer);
        services.TryAddSingleton(provider => new RedisConnectionProvider(multiplexer(provider)));
        return services;
    }
}
