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
        // Two routes: the path itself, and what lies below it (the SDL file, the IDE's assets), which needs at least one
        // more segment. Nearly every request is for the path itself; matched by one literal route alone, it takes the
        // router's fast path, where a route with a catch-all that could also match it would give every request a
        // dictionary of route values. The dispatcher reads what lies below from the request path.
        var trimmed = basePath.Value!.TrimEnd('/');
        var exact = endpoints.Map(RoutePatternFactory.Parse(trimmed), dispatcher.InvokeAsync).WithDisplayName($"GraphQL {basePath}");
        var below = endpoints.Map(RoutePatternFactory.Parse($"{trimmed}/{{graphqlSegment}}/{{**graphqlPath}}"), dispatcher.InvokeAsync)
            .WithDisplayName($"GraphQL {basePath} (below)");
        return new GraphQLEndpointConventionBuilder([exact, below], endpoint);
    }
}
