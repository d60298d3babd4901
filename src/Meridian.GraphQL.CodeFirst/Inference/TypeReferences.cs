using Meridian.Language;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>Builds and rewrites type references as syntax.</summary>
public static class TypeReferences
{
    /// <summary>The reference with its named type replaced, keeping list and non-null wrappers.</summary>
    public static TypeReference ReplaceNamedType(TypeReference reference, string namedType)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(namedType);
        var syntax = reference.SyntaxNode ?? reference.Type!.ToTypeNode();
        return TypeReference.Create(Replace(syntax, namedType));
    }

    /// <summary>True when the reference's outer type is non-null.</summary>
    public static bool IsNonNull(TypeReference reference) =>
        reference.SyntaxNode is NonNullTypeNode || reference.Type is NonNullType;

    /// <summary>The reference without its outer non-null wrapper.</summary>
    public static TypeReference Nullable(TypeReference reference)
    {
        var syntax = reference.SyntaxNode ?? reference.Type!.ToTypeNode();
        return syntax is NonNullTypeNode nonNull ? TypeReference.Create(nonNull.Type) : reference;
    }

    /// <summary>A reference shaped like <paramref name="shape"/> around the named type <paramref name="namedType"/>.</summary>
    public static TypeReference FromShape(ClrTypeShape shape, string namedType)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ITypeNode node = shape.Element is { } element
            ? new ListTypeNode(null, FromShape(element, namedType).SyntaxNode!)
            : new NamedTypeNode(namedType);
        return TypeReference.Create(shape.IsNullable ? node : new NonNullTypeNode(null, (INullableTypeNode)node));
    }

    private static ITypeNode Replace(ITypeNode node, string namedType) => node switch
    {
        NonNullTypeNode nonNull => new NonNullTypeNode(null, (INullableTypeNode)Replace(nonNull.Type, namedType)),
        ListTypeNode list => new ListTypeNode(null, Replace(list.Type, namedType)),
        _ => new NamedTypeNode(namedType),
    };
}
