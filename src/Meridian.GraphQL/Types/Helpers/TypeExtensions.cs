using System.Text;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>The type predicates and unwrapping helpers of §3 (IsInputType, IsOutputType, …), without LINQ.</summary>
public static class TypeExtensions
{
    /// <summary>The named type at the core of any wrapping: <c>[String!]!</c> gives <c>String</c>.</summary>
    public static INamedType NamedType(this IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        while (true)
        {
            switch (type)
            {
                case INamedType named:
                    return named;
                case NonNullType nonNull:
                    type = nonNull.NullableType;
                    break;
                case ListType list:
                    type = list.ElementType;
                    break;
                default:
                    throw new NotSupportedException($"Unknown type implementation {type.GetType().Name}.");
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.NullableType : type;

    /// <summary>The element type of a list type (through an outer non-null), or null when it is not a list.</summary>
    public static IType? ElementType(this IType type) => type.NullableType() is ListType list ? list.ElementType : null;

    public static bool IsNonNullType(this IType type) => type.Kind == TypeKind.NonNull;

    public static bool IsNullableType(this IType type) => type.Kind != TypeKind.NonNull;

    /// <summary>True for a list type, non-null or not.</summary>
    public static bool IsListType(this IType type) => type.NullableType().Kind == TypeKind.List;

    /// <summary>Scalars, enums, input objects, and wrappers of them (§3.4.2 IsInputType).</summary>
    public static bool IsInputType(this IType type)
    {
        var kind = type.NamedType().Kind;
        return kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;
    }

    /// <summary>Scalars, objects, interfaces, unions, enums, and wrappers of them (§3.4.2 IsOutputType).</summary>
    public static bool IsOutputType(this IType type)
    {
        var kind = type.NamedType().Kind;
        return kind is TypeKind.Scalar or TypeKind.Object or TypeKind.Interface or TypeKind.Union or TypeKind.Enum;
    }

    /// <summary>A scalar or enum type (not wrapped).</summary>
    public static bool IsLeafType(this IType type) => type.Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>An object, interface or union type (not wrapped).</summary>
    public static bool IsCompositeType(this IType type) => type.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>An interface or union type (not wrapped).</summary>
    public static bool IsAbstractType(this IType type) => type.Kind is TypeKind.Interface or TypeKind.Union;

    public static bool IsNamedType(this IType type) => type is INamedType;

    /// <summary>Prints a type reference as in SDL: <c>[String!]!</c>.</summary>
    public static string Print(this IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is INamedType named)
        {
            return named.Name;
        }

        var builder = new StringBuilder();
        Append(builder, type);
        return builder.ToString();

        static void Append(StringBuilder builder, IType type)
        {
            switch (type)
            {
                case NonNullType nonNull:
                    Append(builder, nonNull.NullableType);
                    builder.Append('!');
                    break;
                case ListType list:
                    builder.Append('[');
                    Append(builder, list.ElementType);
                    builder.Append(']');
                    break;
                default:
                    builder.Append(((INamedType)type).Name);
                    break;
            }
        }
    }

    /// <summary>The type as a type reference syntax node.</summary>
    public static ITypeNode ToTypeNode(this IType type) => type switch
    {
        NonNullType nonNull => new NonNullTypeNode(null, (INullableTypeNode)nonNull.NullableType.ToTypeNode()),
        ListType list => new ListTypeNode(null, list.ElementType.ToTypeNode()),
        INamedType named => new NamedTypeNode(named.Name),
        _ => throw new NotSupportedException($"Unknown type implementation {type.GetType().Name}."),
    };

    /// <summary>Rebuilds the wrapping of <paramref name="typeNode"/> around another type.</summary>
    internal static IType Wrap(ITypeNode typeNode, INamedType named) => typeNode switch
    {
        NonNullTypeNode nonNull => new NonNullType(Wrap(nonNull.Type, named)),
        ListTypeNode list => new ListType(Wrap(list.Type, named)),
        _ => named,
    };
}
