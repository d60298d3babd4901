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

    // What the warm-up runs: the smallest operation, and introspection as the IDE asks for it on opening.
    private static readonly string[] WarmUpDocuments =
    [
        "{ __typename }",
        "{ __schema { queryType { name } types { name kind fields(includeDeprecated: true) { name args { name type { name kind ofType { name kind } } } type { name kind ofType { name kind } } } } } }",
    ];

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
            })
            .InitializeOnStartup(WarmUpAsync);
    }

    // Runs the request path once before the server listens (parsing, validation, planning, execution, introspection),
    // so that the first clients, and the IDE's first schema fetch, do not wait for it to be compiled. Only the result's
    // disposal matters: with persisted documents only, these are refused, which warms up less but is harmless.
    private static async Task WarmUpAsync(IRequestExecutor executor, CancellationToken cancellationToken)
    {
        foreach (var document in WarmUpDocuments)
        {
            await using var result = await executor.ExecuteAsync(document, cancellationToken: cancellationToken);
        }
    }
}
