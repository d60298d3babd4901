namespace Meridian.CodeFirst;

/// <summary>
/// Overrides the inferred GraphQL type of a field, argument or input field: either SDL type text used as written
/// (<c>[GraphQLType("[ID!]!")]</c>), or a schema type class (a <c>ScalarType</c> subclass or an
/// <see cref="ObjectType{T}"/> subclass) that replaces the named type while list shape and nullability still come
/// from the C# declaration.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public class GraphQLTypeAttribute : Attribute
{
    public GraphQLTypeAttribute(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        SchemaType = type;
    }

    public GraphQLTypeAttribute(string typeText)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeText);
        TypeText = typeText;
    }

    public Type? SchemaType { get; }

    public string? TypeText { get; }
}

/// <inheritdoc cref="GraphQLTypeAttribute"/>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLTypeAttribute<T>() : GraphQLTypeAttribute(typeof(T));
