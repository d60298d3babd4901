using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// A reference to a type from a configuration: either syntax (<c>[String!]!</c>, resolved by name when the schema
/// is completed) or a type instance (a scalar instance, or wrappers around one).
/// </summary>
public sealed class TypeReference
{
    private TypeReference(ITypeNode? syntaxNode, IType? type)
    {
        SyntaxNode = syntaxNode;
        Type = type;
    }

    /// <summary>The reference as syntax, or null when it is a type instance.</summary>
    public ITypeNode? SyntaxNode { get; }

    /// <summary>The referenced type instance, or null when it is syntax.</summary>
    public IType? Type { get; }

    public static TypeReference Create(ITypeNode syntaxNode)
    {
        ArgumentNullException.ThrowIfNull(syntaxNode);
        return new TypeReference(syntaxNode, null);
    }

    public static TypeReference Create(IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new TypeReference(null, type);
    }

    /// <summary>A reference to a named type: <c>Named("String")</c>.</summary>
    public static TypeReference Named(string name) => Create(new NamedTypeNode(name));

    /// <summary>Parses a type reference: <c>Parse("[String!]!")</c>.</summary>
    public static TypeReference Parse(string typeText) => Create(Parser.ParseType(typeText));

    /// <summary>The same reference wrapped in non-null (unless it already is).</summary>
    public TypeReference NonNull() => Type is not null
        ? Type is NonNullType ? this : Create(new NonNullType(Type))
        : SyntaxNode is NonNullTypeNode ? this : Create(new NonNullTypeNode(null, (INullableTypeNode)SyntaxNode!));

    /// <summary>The reference wrapped in a list.</summary>
    public TypeReference List() => Type is not null
        ? Create(new ListType(Type))
        : Create(new ListTypeNode(null, SyntaxNode!));

    /// <summary>The name of the named type at the core of the reference.</summary>
    public string NamedTypeName => Type is not null ? Type.NamedType().Name : GetName(SyntaxNode!);

    public static implicit operator TypeReference(string typeText) => Parse(typeText);

    public override string ToString() => Type is not null ? Type.Print() : ValueInspector.Print(SyntaxNode!);

    private static string GetName(ITypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => GetName(list.Type),
        NonNullTypeNode nonNull => GetName(nonNull.Type),
        _ => throw new NotSupportedException(node.Kind.ToString()),
    };
}
