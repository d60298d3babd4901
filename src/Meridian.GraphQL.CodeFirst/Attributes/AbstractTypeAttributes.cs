namespace Meridian.CodeFirst;

/// <summary>
/// Makes a C# interface or abstract class a GraphQL interface type (C# interfaces are interfaces by default);
/// object types whose CLR types implement or derive from it implement it.
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
