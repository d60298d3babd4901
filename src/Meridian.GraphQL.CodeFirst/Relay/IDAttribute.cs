namespace Meridian.CodeFirst;

/// <summary>
/// Makes a field, argument or input field an opaque global ID (<c>ID</c>) in Hot Chocolate v14's format: the value
/// is the key, serialized as base64 of <c>TypeName:key</c>. On an output the type name is the given one, else the
/// declaring type's; on an input the ID is decoded to the key and, when a type name is given, its type is checked
/// (a mismatch is a <c>NODE_ID_INVALID</c> error). Works on lists of keys too.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public class IDAttribute(string? typeName = null) : Attribute
{
    /// <summary>The node type name the ID belongs to; null for the declaring type (outputs) or any type (inputs).</summary>
    public string? TypeName { get; } = typeName;

    /// <summary>The CLR type of the node whose GraphQL name the ID carries (<see cref="IDAttribute{T}"/>).</summary>
    public Type? NodeType { get; protected init; }
}

/// <summary>An <see cref="IDAttribute"/> of the node type inferred from <typeparamref name="T"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute<T> : IDAttribute
{
    public IDAttribute()
    {
        NodeType = typeof(T);
    }
}
