namespace Meridian.AspNetCore.Http;

/// <summary>The media types the endpoint reads and writes.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";

    public const string EventStream = "text/event-stream";

    public const string Html = "text/html";

    /// <summary>The SDL download (as Hot Chocolate serves it).</summary>
    public const string GraphQL = "application/graphql";

    public const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";

    public const string JsonUtf8 = Json + "; charset=utf-8";

    public const string GraphQLUtf8 = GraphQL + "; charset=utf-8";

    public const string HtmlUtf8 = Html + "; charset=utf-8";
}
