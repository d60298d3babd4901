using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meridian.Execution;

/// <summary>Adds GraphQL executors to a service collection.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Adds (or continues configuring) the executor named <paramref name="name"/>; the default one when omitted.</summary>
    public static IRequestExecutorBuilder AddGraphQL(this IServiceCollection services, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var setups = FindSetups(services);
        if (setups is null)
        {
            setups = new RequestExecutorSetups();
            services.AddSingleton(setups);
        }

        services.TryAddSingleton<IRequestExecutorResolver, RequestExecutorResolver>();
        return new RequestExecutorBuilder(services, name ?? string.Empty, setups.GetOrAdd(name ?? string.Empty));
    }

    /// <summary>The built executor (created once, on first use).</summary>
    public static ValueTask<IRequestExecutor> GetRequestExecutorAsync(this IServiceProvider services, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<IRequestExecutorResolver>().GetRequestExecutorAsync(name, cancellationToken);
    }

    private static RequestExecutorSetups? FindSetups(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(RequestExecutorSetups) && descriptor.ImplementationInstance is RequestExecutorSetups setups)
            {
                return setups;
            }
        }

        return null;
    }
}
