using Meridian.AspNetCore.Sse;
using Meridian.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meridian.AspNetCore;

/// <summary>
/// Adds the streaming transports that <c>MapGraphQL</c> endpoints hand their requests to: GraphQL over WebSocket
/// (upgrade requests) and server-sent events (requests preferring <c>text/event-stream</c>). Call after
/// <c>AddGraphQLServer()</c>.
/// </summary>
public static class RealtimeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the WebSocket transport (<see cref="GraphQLWebSocketHandler"/>) with its options and, unless one is
    /// registered, the default <see cref="BearerTokenSocketInterceptor"/>. The application needs <c>UseWebSockets()</c>.
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
        services.TryAddSingleton<ISocketSessionInterceptor, BearerTokenSocketInterceptor>();
        services.TryAddSingleton<IGraphQLWebSocketHandler, GraphQLWebSocketHandler>();
        return services;
    }

    /// <summary>Registers the server-sent events transport (<see cref="GraphQLSseHandler"/>) with its options.</summary>
    public static IServiceCollection AddGraphQLServerSentEvents(this IServiceCollection services, Action<GraphQLSseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLSseOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<IGraphQLEventStreamHandler, GraphQLSseHandler>();
        return services;
    }
}
