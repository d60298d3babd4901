namespace Meridian.AspNetCore.Tool;

/// <summary>
/// Banana Cake Pop, served to browsers that open the GraphQL endpoint. The IDE reads these settings from
/// <c>{path}/bcp-config.json</c> when it starts.
/// </summary>
public sealed class GraphQLToolOptions
{
    /// <summary>Whether browsers get the IDE (turn it off in production if the schema is not for everyone).</summary>
    public bool Enable { get; set; } = true;

    /// <summary>The document a new tab starts with.</summary>
    public string? Document { get; set; }

    /// <summary>The HTTP endpoint the IDE talks to; null means the endpoint the page was loaded from.</summary>
    public string? GraphQLEndpoint { get; set; }

    /// <summary>The WebSocket endpoint for subscriptions; null means the HTTP endpoint with a ws(s) scheme.</summary>
    public string? SubscriptionEndpoint { get; set; }

    /// <summary>Whether the IDE sends cookies with its requests.</summary>
    public bool IncludeCookies { get; set; }

    /// <summary>Whether the IDE sends queries with GET.</summary>
    public bool UseGet { get; set; }

    /// <summary>Headers the IDE adds to every request.</summary>
    public IDictionary<string, string> HttpHeaders { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The IDE reports usage to its vendor unless this is set; off by default (these machines are offline).</summary>
    public bool DisableTelemetry { get; set; } = true;

    public GraphQLToolOptions Clone()
    {
        var clone = (GraphQLToolOptions)MemberwiseClone();
        clone.HttpHeaders = new Dictionary<string, string>(HttpHeaders, StringComparer.OrdinalIgnoreCase);
        return clone;
    }
}
