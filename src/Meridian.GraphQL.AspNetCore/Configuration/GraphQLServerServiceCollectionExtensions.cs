using Meridian.AspNetCore.Authentication;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meridian.AspNetCore;

public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds (or continues configuring) the executor <paramref name="name"/> with what the ASP.NET Core server needs:
    /// the server's request pipeline (persisted operations, limits), options, the request interceptor and token
    /// authentication. Map it with <c>app.MapGraphQL()</c>.
    /// </summary>
    public static IRequestExecutorBuilder AddGraphQLServer(this IServiceCollection services, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton<IHttpRequestInterceptor, DefaultHttpRequestInterceptor>();
        services.TryAddSingleton<IBearerTokenAuthenticator>(
            provider => new AuthenticationSchemeTokenAuthenticator(provider.GetRequiredService<IServiceScopeFactory>()));
        var builder = services.AddGraphQL(name);
        if (builder.Setup.Pipeline.Count == 0)
        {
            builder.UseServerPipeline();
        }

        return builder;
    }
}
