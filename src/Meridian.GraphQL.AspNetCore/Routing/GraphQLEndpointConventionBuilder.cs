using Microsoft.AspNetCore.Builder;

namespace Meridian.AspNetCore;

/// <summary>
/// What <c>MapGraphQL</c> returns: the usual endpoint conventions (<c>RequireAuthorization</c>,
/// <c>RequireRateLimiting</c>, <c>RequireCors</c>, …) plus the endpoint's own options.
/// </summary>
public sealed class GraphQLEndpointConventionBuilder : IEndpointConventionBuilder
{
    private readonly IEndpointConventionBuilder _inner;

    internal GraphQLEndpointConventionBuilder(IEndpointConventionBuilder inner, GraphQLEndpoint endpoint)
    {
        _inner = inner;
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

    public void Add(Action<EndpointBuilder> convention) => _inner.Add(convention);

    public void Finally(Action<EndpointBuilder> finallyConvention) => _inner.Finally(finallyConvention);
}
