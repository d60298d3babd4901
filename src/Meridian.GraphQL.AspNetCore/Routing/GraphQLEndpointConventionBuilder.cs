using Microsoft.AspNetCore.Builder;

namespace Meridian.AspNetCore;

/// <summary>
/// What <c>MapGraphQL</c> returns: the usual endpoint conventions (<c>RequireAuthorization</c>,
/// <c>RequireRateLimiting</c>, <c>RequireCors</c>, …) plus the endpoint's own options. The conventions apply to both
/// routes the endpoint is mapped as: its path, and what lies below it.
/// </summary>
public sealed class GraphQLEndpointConventionBuilder : IEndpointConventionBuilder
{
    private readonly IReadOnlyList<IEndpointConventionBuilder> _routes;

    internal GraphQLEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> routes, GraphQLEndpoint endpoint)
    {
        _routes = routes;
        Endpoint = endpoint;
    }

    public GraphQLEndpoint Endpoint { get; }

    /// <summary>Changes this endpoint's options (starting from the server-wide options of its executor).</summary>
    public GraphQLEndpointConventionBuilder WithOptions(Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Endpoint.AddConfiguration(configure);
        return this;
    }

    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var route in _routes)
        {
            route.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (var route in _routes)
        {
            route.Finally(finallyConvention);
        }
    }
}
