using Booking.GraphQL.Health;
using Booking.GraphQL.Schema;
using Meridian.AspNetCore;
using Meridian.AspNetCore.Health;
using Meridian.AspNetCore.Limits;
using Meridian.Execution;
using Meridian.PersistedOperations;
using Meridian.Redis.PersistedOperations;
using Meridian.Redis.Subscriptions;
using Meridian.Subscriptions;

namespace Booking.GraphQL.Configuration;

internal static class GraphQLConfiguration
{
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// The GraphQL server: the booking schema, server options (<c>GraphQL:Server</c>), limits (<c>GraphQL:Limits</c>),
    /// persisted operations (<c>GraphQL:PersistedOperations</c>), and subscription events in-process or, when
    /// <c>Redis:Configuration</c> is set, through Redis; readiness checks for the database and Redis.
    /// </summary>
    public static IRequestExecutorBuilder AddBookingGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration[RedisConfigurationKey];
        var persisted = configuration.GetSection(PersistedOperationSettings.SectionName).Get<PersistedOperationSettings>() ?? new PersistedOperationSettings();
        var health = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [GraphQLHealthEndpointRouteBuilderExtensions.ReadyTag]);
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddInMemorySubscriptions();
            services.AddSingleton(ServerTransport.InProcess);
        }
        else
        {
            services.AddRedisSubscriptions(redis);
            services.AddSingleton(ServerTransport.Redis);
            health.AddCheck<RedisHealthCheck>("redis", tags: [GraphQLHealthEndpointRouteBuilderExtensions.ReadyTag]);
        }

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
            });
    }
}
