using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.AspNetCore.Authentication;

/// <summary>
/// Authenticates a token with the application's own ASP.NET Core authentication (JWT bearer, for example), as if it
/// had come in an <c>Authorization: Bearer</c> header: on a fresh request context in a fresh service scope, because
/// handlers remember the result of the request they already authenticated.
/// </summary>
public sealed class AuthenticationSchemeTokenAuthenticator(IServiceScopeFactory scopes, string? scheme = null) : IBearerTokenAuthenticator
{
    public async ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext context, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        probe.Request.Scheme = context.Request.Scheme;
        probe.Request.Host = context.Request.Host;
        probe.Request.Path = context.Request.Path;
        probe.Request.Headers.Authorization = "Bearer " + token;
        var result = await probe.AuthenticateAsync(scheme).ConfigureAwait(false);
        return result.Succeeded ? result.Principal : null;
    }
}
