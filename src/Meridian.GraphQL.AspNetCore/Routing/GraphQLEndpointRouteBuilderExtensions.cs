using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Meridian.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint of the executor <paramref name="schemaName"/> (the default one when null) at
    /// <paramref name="path"/>: GraphQL over HTTP, the WebSocket and server-sent event transports when registered,
    /// the SDL download and Banana Cake Pop.
    /// </summary>
    public static GraphQLEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql", string? schemaName = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var basePath = new PathString("/" + path.Trim('/'));
        var endpoint = new GraphQLEndpoint(basePath, schemaName, endpoints.ServiceProvider);
        var dispatcher = new GraphQLEndpointDispatcher(endpoint);
        var pattern = RoutePatternFactory.Parse($"{basePath.Value!.TrimEnd('/')}/{{**{GraphQLEndpointDispatcher.RemainderRouteValue}}}");
        var inner = endpoints.Map(pattern, dispatcher.InvokeAsync).WithDisplayName($"GraphQL {basePath}");
        return new GraphQLEndpointConventionBuilder(inner, endpoint);
    }
}
