namespace Meridian.CodeFirst;

/// <summary>
/// Adds the public members of a class to another object type: the type inferred from a CLR type
/// (<c>[ExtendObjectType(typeof(Book))]</c>) or a type by name (<c>[ExtendObjectType("Query")]</c>). Resolvers
/// receive the extended object with a <see cref="ParentAttribute"/> parameter. A field of the same name replaces
/// the extended type's field.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public class ExtendObjectTypeAttribute : Attribute
{
    public ExtendObjectTypeAttribute(Type extendsType)
    {
        ArgumentNullException.ThrowIfNull(extendsType);
        ExtendsType = extendsType;
    }

    public ExtendObjectTypeAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public Type? ExtendsType { get; }

    public string? Name { get; }

    /// <summary>Member names of the extended CLR type to leave out of the schema (for example a foreign key the extension resolves).</summary>
    public string[] IgnoreProperties { get; set; } = [];
}

/// <summary>
/// Hot Chocolate's <c>[ObjectType&lt;T&gt;]</c> on a static (partial) class: its static methods become fields of
/// <typeparamref name="T"/>'s object type, receiving the instance through a <see cref="ParentAttribute"/> parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ObjectTypeAttribute<T>() : ExtendObjectTypeAttribute(typeof(T));
