namespace Meridian.CodeFirst;

/// <summary>Leaves a property, method or enum value out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute;
