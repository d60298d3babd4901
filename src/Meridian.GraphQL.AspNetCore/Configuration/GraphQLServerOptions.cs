using Meridian.AspNetCore.Tool;
using Meridian.Execution;

namespace Meridian.AspNetCore;

/// <summary>
/// How a GraphQL endpoint answers HTTP: which methods and operations it accepts, batching, the request size limit,
/// the schema download and the Banana Cake Pop IDE. Set server-wide with <c>ModifyServerOptions</c> and per
/// endpoint with <c>MapGraphQL(...).WithOptions(...)</c>.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The default <see cref="MaxRequestSize"/>: 1 MiB, far above any hand-written document.</summary>
    public const long DefaultMaxRequestSize = 1024 * 1024;

    /// <summary>Whether queries may be sent with HTTP GET (URL parameters).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>The operation types GET may run; the spec forbids mutations over GET, so add them only knowingly.</summary>
    public AllowedOperations AllowedGetOperations { get; set; } = AllowedOperations.Query;

    /// <summary>Whether <c>GET {path}?sdl</c> and <c>GET {path}/schema.graphql</c> return the schema's SDL.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>Whether a POST body may be a JSON array of requests (answered with an array of results).</summary>
    public bool EnableRequestBatching { get; set; }

    /// <summary>Whether <c>variables</c> may be an array of variable sets, each run as its own request.</summary>
    public bool EnableVariableBatching { get; set; }

    /// <summary>The most operations one batch may run (request and variable batches together).</summary>
    public int MaxBatchSize { get; set; } = 50;

    /// <summary>The largest request body accepted, in bytes; larger bodies are refused with 413 before being read.</summary>
    public long MaxRequestSize { get; set; } = DefaultMaxRequestSize;

    /// <summary>Serving the Banana Cake Pop IDE to browsers.</summary>
    public GraphQLToolOptions Tool { get; set; } = new();

    /// <summary>A deep copy, so an endpoint can change its options without touching the server-wide ones.</summary>
    public GraphQLServerOptions Clone()
    {
        var clone = (GraphQLServerOptions)MemberwiseClone();
        clone.Tool = Tool.Clone();
        return clone;
    }
}
