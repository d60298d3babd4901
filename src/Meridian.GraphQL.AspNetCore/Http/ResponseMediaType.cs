using Microsoft.Extensions.Primitives;

namespace Meridian.AspNetCore.Http;

/// <summary>The media type of a JSON response, chosen from the request's <c>Accept</c> header.</summary>
public enum ResponseMediaType
{
    /// <summary>Nothing the client accepts can be produced: 406.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors apart.</summary>
    GraphQLResponse,

    /// <summary><c>application/json</c>, the legacy type: 200 for every well-formed request.</summary>
    Json,
}

/// <summary>Content negotiation between the two GraphQL response media types.</summary>
public static class ResponseMediaTypeNegotiation
{
    /// <summary>
    /// The preferred of the two JSON media types; <c>application/graphql-response+json</c> when the client accepts both
    /// equally or sends no <c>Accept</c> header (as Hot Chocolate).
    /// </summary>
    public static ResponseMediaType Negotiate(StringValues accept) => AcceptPreferences.Read(accept).ResponseMediaType;

    public static string ToContentType(this ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.Json ? MediaTypes.JsonUtf8 : MediaTypes.GraphQLResponseUtf8;
}
