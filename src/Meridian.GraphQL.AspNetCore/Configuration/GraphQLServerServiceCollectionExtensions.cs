using Meridian.AspNetCore.Authentication;
using Meridian.AspNetCore.Diagnostics;
using Meridian.AspNetCore.Health;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Meridian.AspNetCore;

public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds (or continues configuring) the executor <paramref name="name"/> with what the ASP.NET Core server needs:
    /// the server's request pipeline (persisted operations, limits), options, the request interceptor, token
    /// authentication, request logs and metrics, and a readiness health check. Map it with <c>app.MapGraphQL()</c>.
    /// </summary>
    public static IRequestExecutorBuilder AddGraphQLServer(this IServiceCollection services, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton<IHttpRequestInterceptor, DefaultHttpRequestInterceptor>();
        services.TryAddSingleton<IBearerTokenAuthenticator>(
            provider => new AuthenticationSchemeTokenAuthenticator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.TryAddSingleton<GraphQLServerMetrics>();
        var builder = services.AddGraphQL(name);
        if (builder.Setup.Pipeline.Count == 0)
        {
            // First call for this executor: everything below is added once.
            builder.UseServerPipeline();
            builder.AddDiagnosticEventListener<ServerDiagnosticEventListener>();
            services.AddHealthChecks().Add(new HealthCheckRegistration(
                string.IsNullOrEmpty(name) ? "graphql" : "graphql:" + name,
                provider => new GraphQLHealthCheck(provider, name),
                failureStatus: null,
                tags: [GraphQLHealthEndpointRouteBuilderExtensions.ReadyTag]));
        }

        return builder;
    }
}
