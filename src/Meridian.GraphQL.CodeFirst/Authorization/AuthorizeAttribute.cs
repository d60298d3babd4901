namespace Meridian.CodeFirst;

/// <summary>
/// Requires authorization for a type or field (Hot Chocolate's <c>[Authorize]</c>): an authenticated user, in one
/// of <see cref="Roles"/> when given, satisfying <see cref="Policy"/> when given (the default policy otherwise).
/// ASP.NET Core's <c>Microsoft.AspNetCore.Authorization.AuthorizeAttribute</c> works the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public AuthorizeAttribute()
    {
    }

    public AuthorizeAttribute(string policy)
    {
        Policy = policy;
    }

    public string? Policy { get; set; }

    public string[]? Roles { get; set; }

    public ApplyPolicy Apply { get; set; } = ApplyPolicy.BeforeResolver;
}
