using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.WebSockets;

/// <summary>One GraphQL WebSocket connection as interceptors see it.</summary>
public interface ISocketConnection
{
    /// <summary>The HTTP upgrade request that opened the socket.</summary>
    HttpContext HttpContext { get; }

    /// <summary>The negotiated subprotocol: <c>graphql-transport-ws</c> or <c>graphql-ws</c>.</summary>
    string Protocol { get; }

    /// <summary>
    /// The principal every operation of the connection runs as. It starts as the upgrade request's user (cookie or
    /// header authentication); an interceptor may replace it when it accepts the connection.
    /// </summary>
    ClaimsPrincipal User { get; set; }

    /// <summary>
    /// When the connection's authentication lapses (a token's expiry). The server closes the connection then, with
    /// 4403, so that a token that expired does not go on streaming data; the client reconnects with a fresh one.
    /// Null: it does not lapse.
    /// </summary>
    DateTimeOffset? AuthenticationExpires { get; set; }

    /// <summary>The payload of the client's <c>connection_init</c> (its connection parameters), once received.</summary>
    IReadOnlyDictionary<string, object?>? ConnectionParameters { get; }
}
