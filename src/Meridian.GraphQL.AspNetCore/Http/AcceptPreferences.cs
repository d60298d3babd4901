using System.Collections.Frozen;
using Microsoft.Extensions.Primitives;

namespace Meridian.AspNetCore.Http;

/// <summary>
/// What one request's <c>Accept</c> header asks for, read once per request: the qualities of the two GraphQL
/// response media types, and of the two that send a request to another transport (<c>text/event-stream</c>, and
/// <c>text/html</c> for the IDE), these only when named explicitly. Clients repeat the same few headers, so their
/// answers are computed once, when the table below is built, by the same parser.
/// </summary>
internal readonly record struct AcceptPreferences(double GraphQLResponse, double Json, double EventStream, double Html)
{
    // A missing header accepts either response type (the GraphQL one is chosen) and asks for no other transport.
    private static readonly AcceptPreferences Anything = new(1, 1, 0, 0);

    private static readonly FrozenDictionary<string, AcceptPreferences> Common = new[]
    {
        MediaTypes.GraphQLResponse,
        MediaTypes.Json,
        "*/*",
        "application/graphql-response+json, application/json",
        "application/graphql-response+json, application/json;q=0.9",
        "application/graphql-response+json,application/json;q=0.9",
        "application/json, text/plain, */*",
        "application/json, multipart/mixed",
        MediaTypes.EventStream,
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
    }.ToFrozenDictionary(static header => header, static header => Parse(header), StringComparer.Ordinal);

    /// <summary>The best quality given to a GraphQL response type: another media type must match it to be preferred.</summary>
    public double ResponseQuality => Math.Max(GraphQLResponse, Json);

    public bool PrefersEventStream => EventStream > 0 && EventStream >= ResponseQuality;

    public bool PrefersHtml => Html > 0 && Html >= ResponseQuality;

    /// <summary>The response media type: <c>application/graphql-response+json</c> unless JSON ranks higher.</summary>
    public ResponseMediaType ResponseMediaType =>
        GraphQLResponse > 0 && GraphQLResponse >= Json ? ResponseMediaType.GraphQLResponse
        : Json > 0 ? ResponseMediaType.Json
        : ResponseMediaType.None;

    public static AcceptPreferences Read(StringValues accept) =>
        accept.Count == 1 && Common.TryGetValue(accept[0]!, out var known) ? known : Parse(accept);

    private static AcceptPreferences Parse(StringValues accept) => AcceptHeader.IsMissing(accept)
        ? Anything
        : new AcceptPreferences(
            AcceptHeader.GetQuality(accept, MediaTypes.GraphQLResponse),
            AcceptHeader.GetQuality(accept, MediaTypes.Json),
            AcceptHeader.GetQuality(accept, MediaTypes.EventStream, explicitOnly: true),
            AcceptHeader.GetQuality(accept, MediaTypes.Html, explicitOnly: true));
}
