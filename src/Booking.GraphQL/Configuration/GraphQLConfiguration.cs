using Booking.GraphQL.Health;
using Booking.GraphQL.Schema;
using Meridian.AspNetCore;
using Meridian.AspNetCore.Health;
using Meridian.AspNetCore.Limits;
using Meridian.AspNetCore.Subscriptions;
using Meridian.Execution;
using Meridian.PersistedOperations;
using Meridian.Redis.PersistedOperations;

namespace Booking.GraphQL.Configuration;

internal static class GraphQLConfiguration
{
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// The GraphQL server: the booking schema, server options (<c>GraphQL:Server</c>), limits (<c>GraphQL:Limits</c>),
    /// persisted operations (<c>GraphQL:PersistedOperations</c>), the WebSocket and server-sent event transports
    /// (<c>GraphQL:WebSockets</c>, <c>GraphQL:ServerSentEvents</c>), and subscription events in-process or, when
    /// <c>Redis:Configuration</c> is set, through Redis (<c>Subscriptions</c>, see docs/realtime.md); readiness checks for
    /// the database and Redis.
    /// </summary>
    public static IRequestExecutorBuilder AddBookingGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration[RedisConfigurationKey];
        var persisted = configuration.GetSection(PersistedOperationSettings.SectionName).Get<PersistedOperationSettings>() ?? new PersistedOperationSettings();
        var health = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [GraphQLHealthEndpointRouteBuilderExtensions.ReadyTag]);
        services.AddSubscriptionTransport(configuration);
        if (SubscriptionTransportServiceCollectionExtensions.SelectTransport(configuration) == SubscriptionTransportKind.InMemory)
        {
            services.AddSingleton(ServerTransport.InProcess);
        }
        else
        {
            services.AddSingleton(ServerTransport.Redis);
            health.AddCheck<RedisHealthCheck>("redis", tags: [GraphQLHealthEndpointRouteBuilderExtensions.ReadyTag]);
        }

        // Subscriptions (and queries and mutations) over WebSocket and server-sent events, at the same endpoint.
        services.AddGraphQLWebSockets(configuration.GetSection("GraphQL:WebSockets").Bind);
        services.AddGraphQLServerSentEvents(configuration.GetSection("GraphQL:ServerSentEvents").Bind);

        if (!string.IsNullOrWhiteSpace(persisted.Folder))
        {
            services.AddFileSystemOperationDocumentStorage(persisted.Folder);
        }
        else if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddRedisOperationDocumentStorage(redis);
        }
        else
        {
            services.AddInMemoryOperationDocumentStorage();
        }

        // Subscriptions reach clients over WebSocket (graphql-transport-ws and graphql-ws) and server-sent events.
        services.AddGraphQLWebSockets();
        services.AddGraphQLServerSentEvents();

        var limits = configuration.GetSection("GraphQL:Limits").Get<GraphQLLimits>() ?? new GraphQLLimits();
        var serverOptions = configuration.GetSection("GraphQL:Server");
        return services.AddGraphQLServer()
            .AddBookingSchema()
            .AddRequestLimits(limits)
            .ModifyServerOptions(serverOptions.Bind)
            .ModifyPersistedOperationOptions(options =>
            {
                options.EnableAutomaticPersistedOperations = persisted.EnableAutomaticPersistedOperations;
                options.OnlyAllowPersistedDocuments = persisted.OnlyAllowPersistedDocuments;
            });
    }
}
