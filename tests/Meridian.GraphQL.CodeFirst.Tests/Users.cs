using System.Security.Claims;

namespace Meridian.GraphQL.CodeFirst.Tests;

/// <summary>Request users for authorization tests.</summary>
internal static class Users
{
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    public static ClaimsPrincipal Librarian { get; } = Create("ada", "Librarian");

    public static ClaimsPrincipal Member { get; } = Create("bob", roles: [], claims: [new Claim("member", "bob")]);

    public static ClaimsPrincipal Visitor { get; } = Create("eve");

    public static ClaimsPrincipal Create(string name, params string[] roles) => Create(name, roles, []);

    private static ClaimsPrincipal Create(string name, string[] roles, Claim[] claims) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r)), .. claims],
            authenticationType: "test"));
}
