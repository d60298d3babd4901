using Meridian.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;

namespace Meridian.AspNetCore.WebSockets;

/// <summary>
/// The default interceptor: authenticates a connection from the bearer token in its <c>connection_init</c>
/// parameters (see <see cref="ConnectionTokenReader"/>) with the application's <see cref="IBearerTokenAuthenticator"/>
/// (by default its own authentication scheme, JWT bearer for example, as if the token came in an
/// <c>Authorization</c> header). A valid token's principal becomes the connection's user for every operation; an
/// invalid one refuses the connection (4403). Without a token the connection keeps the upgrade request's user,
/// authenticated (cookie or header) or anonymous.
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
        return SocketConnectResult.Accept();
    }
}
