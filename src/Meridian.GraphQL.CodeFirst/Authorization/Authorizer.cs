using System.Security.Claims;
using Meridian.Errors;
using Meridian.Execution;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.CodeFirst;

/// <summary>
/// Evaluates one <c>@authorize</c> for the request's user: roles (any one of them), then the named policy or, when
/// neither is given, the default policy (an authenticated user), through ASP.NET Core's
/// <see cref="IAuthorizationService"/>. A denial is <c>AUTH_NOT_AUTHENTICATED</c> without an authenticated identity,
/// else <c>AUTH_NOT_AUTHORIZED</c>.
/// </summary>
internal static class Authorizer
{
    public const string DeniedMessage = "The current user is not authorized to access this resource.";

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public static async ValueTask AuthorizeAsync(IMiddlewareContext context, AuthorizeDirective directive, object? resource)
    {
        var user = context.User ?? Anonymous;
        var authenticated = user.Identities.Any(i => i.IsAuthenticated);
        if (directive.Roles.Count > 0)
        {
            if (!authenticated)
            {
                throw Denied(CodeFirstErrorCodes.AuthNotAuthenticated);
            }

            if (!directive.Roles.Any(user.IsInRole))
            {
                throw Denied(CodeFirstErrorCodes.AuthNotAuthorized);
            }

            if (directive.Policy is null)
            {
                return;
            }
        }

        var service = context.Services.GetService<IAuthorizationService>()
            ?? throw new InvalidOperationException("@authorize needs ASP.NET Core's authorization services: call services.AddAuthorization() (or AddAuthorizationCore()).");
        AuthorizationResult result;
        if (directive.Policy is { } policyName)
        {
            var provider = context.Services.GetRequiredService<IAuthorizationPolicyProvider>();
            if (await provider.GetPolicyAsync(policyName).ConfigureAwait(false) is not { } policy)
            {
                throw new GraphQLException(ErrorBuilder.New()
                    .SetMessage($"The authorization policy \"{policyName}\" does not exist.")
                    .SetCode(CodeFirstErrorCodes.AuthPolicyNotFound)
                    .Build());
            }

            result = await service.AuthorizeAsync(user, resource, policy).ConfigureAwait(false);
        }
        else
        {
            var policy = await context.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetDefaultPolicyAsync().ConfigureAwait(false);
            result = await service.AuthorizeAsync(user, resource, policy).ConfigureAwait(false);
        }

        if (!result.Succeeded)
        {
            throw Denied(authenticated ? CodeFirstErrorCodes.AuthNotAuthorized : CodeFirstErrorCodes.AuthNotAuthenticated);
        }
    }

    private static GraphQLException Denied(string code) =>
        new(ErrorBuilder.New().SetMessage(DeniedMessage).SetCode(code).Build());
}
