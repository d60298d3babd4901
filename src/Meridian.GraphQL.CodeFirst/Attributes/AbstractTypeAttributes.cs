namespace Meridian.CodeFirst;

/// <summary>
/// Names the GraphQL interface type of a C# interface or abstract class (both are interfaces without the attribute
/// too; the attribute also makes a non-abstract base class one). Object types whose CLR types implement or derive
/// from it implement it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface)]
public sealed class InterfaceTypeAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}

/// <summary>
/// Makes a (marker) C# interface or abstract class a GraphQL union: its members are the object types in the schema
/// whose CLR types implement or derive from it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface)]
public sealed class UnionTypeAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}
