using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Meridian.AspNetCore.WebSockets;

/// <summary>
/// Validates a bearer token the way the application's JWT bearer authentication does: the scheme's
/// <see cref="JwtBearerOptions.TokenValidationParameters"/>, its token handlers (a <see cref="JsonWebTokenHandler"/>
/// by default) and, when an authority is configured, the issuer and signing keys of its OpenID configuration.
/// </summary>
public sealed class JwtBearerTokenValidator(IOptionsMonitor<JwtBearerOptions> options)
{
    /// <returns>The token's principal, or null when the token is not valid for <paramref name="scheme"/>.</returns>
    public async Task<ClaimsPrincipal?> ValidateAsync(string token, string scheme, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var jwt = options.Get(scheme);
        var parameters = jwt.TokenValidationParameters.Clone();
        if (jwt.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }

        IEnumerable<TokenHandler> handlers = jwt.TokenHandlers.Count > 0 ? jwt.TokenHandlers : [new JsonWebTokenHandler()];
        foreach (var handler in handlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
            if (result.IsValid)
            {
                return new ClaimsPrincipal(result.ClaimsIdentity);
            }
        }

        return null;
    }
}
