using Meridian.Types;

namespace Meridian.Introspection;

/// <summary><c>__TypeKind</c> (§4.2.2): the kinds of types. Its runtime values are the value names.</summary>
internal static class TypeKindIntrospectionEnum
{
    public static string GetName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        TypeKind.NonNull => "NON_NULL",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown type kind."),
    };

    public static EnumTypeConfiguration Create() =>
        IntrospectionFieldFactory.Enum<TypeKind>(IntrospectionTypeNames.TypeKind, "The kinds of types a `__Type` can describe.", GetName, Describe);

    private static string Describe(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "A scalar: a leaf value such as a string, a number or a custom scalar.",
        TypeKind.Object => "An object: named fields, and the interfaces it implements.",
        TypeKind.Interface => "An interface: named fields that the types implementing it have too.",
        TypeKind.Union => "A union: one of a list of object types.",
        TypeKind.Enum => "An enum: one of a list of named values.",
        TypeKind.InputObject => "An input object: named input fields, for arguments and variables.",
        TypeKind.List => "A list of the type given by `ofType`.",
        _ => "The type given by `ofType`, never null.",
    };
}
