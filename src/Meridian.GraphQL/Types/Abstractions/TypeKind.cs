namespace Meridian.Types;

/// <summary>The kind of a type, with the names of introspection's <c>__TypeKind</c>.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
