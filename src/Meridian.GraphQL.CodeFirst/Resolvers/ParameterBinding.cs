using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>How one resolver parameter is bound, decided when the schema is built.</summary>
/// <param name="Parameter">The parameter.</param>
/// <param name="Kind">Where its value comes from.</param>
/// <param name="IsOptional">The parameter may be omitted (nullable or with a default), so a missing service or state is null.</param>
/// <param name="StateKey">The key of a state parameter.</param>
/// <param name="IsResolverScoped">A service resolved from the resolver's own DI scope.</param>
internal sealed record ParameterBinding(ParameterInfo Parameter, ParameterKind Kind, bool IsOptional, string? StateKey = null, bool IsResolverScoped = false);
