using System.Reflection;
using Microsoft.AspNetCore.Authorization;

namespace Meridian.CodeFirst;

/// <summary>Reads <c>[Authorize]</c> (ours and ASP.NET Core's) and <c>[AllowAnonymous]</c> from types and members.</summary>
internal static class AuthorizationAttributes
{
    public static IReadOnlyList<AuthorizeDirective> Read(ICustomAttributeProvider element)
    {
        var directives = new List<AuthorizeDirective>();
        foreach (var attribute in element.GetCustomAttributes(inherit: true))
        {
            switch (attribute)
            {
                case AuthorizeAttribute ours:
                    directives.Add(new AuthorizeDirective(ours.Policy, ours.Roles ?? [], ours.Apply));
                    break;
                case IAuthorizeData aspNet:
                    directives.Add(new AuthorizeDirective(aspNet.Policy, SplitRoles(aspNet.Roles), ApplyPolicy.BeforeResolver));
                    break;
            }
        }

        return directives;
    }

    public static bool AllowsAnonymous(ICustomAttributeProvider element) =>
        element.GetCustomAttributes(inherit: true).Any(a => a is IAllowAnonymous);

    private static string[] SplitRoles(string? roles) =>
        roles?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
