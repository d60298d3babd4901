using Meridian.AspNetCore.Sse;
using Meridian.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meridian.AspNetCore;

/// <summary>Registers the streaming transports of the GraphQL server: WebSocket and server-sent events.</summary>
public static class RealtimeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GraphQLWebSocketHandler"/> with its options and, unless one is registered, the default
    /// <see cref="BearerTokenSocketInterceptor"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services, Action<GraphQLSocketOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLSocketOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<SocketStatistics>();
        services.TryAddSingleton<JwtBearerTokenValidator>();
        services.TryAddSingleton<ISocketSessionInterceptor, BearerTokenSocketInterceptor>();
        services.TryAddSingleton<GraphQLWebSocketHandler>();
        return services;
    }

    /// <summary>Registers <see cref="GraphQLSseHandler"/> with its options.</summary>
    public static IServiceCollection AddGraphQLServerSentEvents(this IServiceCollection services, Action<GraphQLSseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLSseOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<GraphQLSseHandler>();
        return services;
    }
}
