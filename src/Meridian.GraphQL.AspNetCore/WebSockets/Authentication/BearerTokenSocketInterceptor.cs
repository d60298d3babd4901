using System.Globalization;
using System.Security.Claims;
using Meridian.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;

namespace Meridian.AspNetCore.WebSockets;

/// <summary>
/// The default interceptor: authenticates a connection from the bearer token in its <c>connection_init</c>
/// parameters (see <see cref="ConnectionTokenReader"/>) with the application's <see cref="IBearerTokenAuthenticator"/>
/// (by default its own authentication scheme, JWT bearer for example, as if the token came in an
/// <c>Authorization</c> header). A valid token's principal becomes the connection's user for every operation; an
/// invalid one refuses the connection (4403). Without a token the connection keeps the upgrade request's user,
/// authenticated (cookie or header) or anonymous. A token's expiry (<c>exp</c>) ends the connection when it passes.
/// </summary>
public sealed class BearerTokenSocketInterceptor(
    IBearerTokenAuthenticator authenticator,
    ILogger<BearerTokenSocketInterceptor> logger) : SocketSessionInterceptor
{
    public override async ValueTask<SocketConnectResult> OnConnectAsync(ISocketConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var token = ConnectionTokenReader.Read(connection.ConnectionParameters);
        if (token is null)
        {
            return SocketConnectResult.Accept();
        }

        var principal = await authenticator.AuthenticateAsync(connection.HttpContext, token, cancellationToken);
        if (principal is null)
        {
            logger.LogInformation("Refused a GraphQL WebSocket connection: its connection_init token is not valid.");
            return SocketConnectResult.Reject("Forbidden: the token is not valid.");
        }

        connection.User = principal;
        connection.AuthenticationExpires = ExpiryOf(principal);
        return SocketConnectResult.Accept();
    }

    /// <summary>The token's <c>exp</c> claim (seconds since the Unix epoch), when it has one.</summary>
    private static DateTimeOffset? ExpiryOf(ClaimsPrincipal principal) =>
        principal.FindFirst("exp")?.Value is { } value && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
