namespace Meridian.CodeFirst;

/// <summary>Marks a field, argument, input field or enum value as deprecated (<c>@deprecated</c>). <c>[Obsolete]</c> does the same.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string? reason = null) : Attribute
{
    /// <summary>The reason; null prints a bare <c>@deprecated</c> (the specification's default reason).</summary>
    public string? Reason { get; } = reason;
}
