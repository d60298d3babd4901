using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>How one resolver parameter is bound: its kind, the state key, and whether a service comes from the resolver's own scope.</summary>
internal sealed record ParameterBinding(ParameterInfo Parameter, ParameterKind Kind, string? StateKey = null, bool IsResolverScoped = false)
{
    /// <summary>True when the parameter may be omitted (nullable or optional), so a missing service or state is null.</summary>
    public bool IsOptional =>
        Parameter.HasDefaultValue || Nullable.GetUnderlyingType(Parameter.ParameterType) is not null
        || (!Parameter.ParameterType.IsValueType && new NullabilityInfoContext().Create(Parameter).ReadState != NullabilityState.NotNull);
}
