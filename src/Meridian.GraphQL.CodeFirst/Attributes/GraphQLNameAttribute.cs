namespace Meridian.CodeFirst;

/// <summary>Gives a type, field, argument or enum value an explicit GraphQL name instead of the inferred one.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
