using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Authentication;

/// <summary>
/// Authenticates a bearer token that did not arrive in an <c>Authorization</c> header (the WebSocket transport reads
/// it from the <c>connection_init</c> payload): the principal, or null when the token is not valid.
/// </summary>
public interface IBearerTokenAuthenticator
{
    ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext context, string token, CancellationToken cancellationToken);
}
