using Microsoft.Extensions.DependencyInjection;

namespace Meridian.DataLoader;

/// <summary>Registers DataLoaders so that resolvers get one instance of each per request.</summary>
public static class DataLoaderServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="T"/>; its constructor gets request services and the batch scheduler.</summary>
    public static IServiceCollection AddDataLoader<T>(this IServiceCollection services)
        where T : class, IDataLoader =>
        services.AddDataLoader<T, T>();

    /// <summary>Registers <typeparamref name="TImplementation"/> as the request's <typeparamref name="TService"/>.</summary>
    public static IServiceCollection AddDataLoader<TService, TImplementation>(this IServiceCollection services)
        where TService : class
        where TImplementation : class, TService, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = ActivatorUtilities.CreateFactory(typeof(TImplementation), [typeof(IBatchScheduler)]);
        return services.AddDataLoader<TService>((provider, scheduler) => (TService)factory(provider, [scheduler]));
    }

    /// <summary>Registers a factory for the request's <typeparamref name="TService"/>.</summary>
    public static IServiceCollection AddDataLoader<TService>(this IServiceCollection services, Func<IServiceProvider, IBatchScheduler, TService> factory)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(factory);
        services.AddSingleton(new DataLoaderRegistration(typeof(TService), (provider, scheduler) => factory(provider, scheduler)));
        return services;
    }
}
