using Meridian.PersistedOperations;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Meridian.Redis.PersistedOperations;

public static class RedisOperationDocumentStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers Redis as the <see cref="IOperationDocumentStorage"/>, connecting with <paramref name="configuration"/>
    /// (shared with Meridian's other Redis services).
    /// </summary>
    public static IServiceCollection AddRedisOperationDocumentStorage(
        this IServiceCollection services,
        string configuration,
        Action<RedisOperationDocumentStorageOptions>? configure = null) =>
        services.AddRedisConnection(configuration).AddRedisStorage(configure);

    /// <summary>Registers Redis as the <see cref="IOperationDocumentStorage"/> over a multiplexer the application owns.</summary>
    public static IServiceCollection AddRedisOperationDocumentStorage(
        this IServiceCollection services,
        Func<IServiceProvider, IConnectionMultiplexer> multiplexer,
        Action<RedisOperationDocumentStorageOptions>? configure = null) =>
        services.AddRedisConnection(multiplexer).AddRedisStorage(configure);

    private static IServiceCollection AddRedisStorage(
        this IServiceCollection services,
        Action<RedisOperationDocumentStorageOptions>? configure)
    {
        var options = new RedisOperationDocumentStorageOptions();
        configure?.Invoke(options);
        return services.AddOperationDocumentStorage(provider =>
            new RedisOperationDocumentStorage(provider.GetRequiredService<RedisConnectionProvider>(), options));
    }
}
