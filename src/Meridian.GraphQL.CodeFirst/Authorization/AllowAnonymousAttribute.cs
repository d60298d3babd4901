using Microsoft.AspNetCore.Authorization;

namespace Meridian.CodeFirst;

/// <summary>
/// Exempts a field from its type's <c>@authorize</c> (Hot Chocolate's <c>[AllowAnonymous]</c>, usable on properties,
/// unlike ASP.NET Core's, which works on methods too).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class AllowAnonymousAttribute : Attribute, IAllowAnonymous;
