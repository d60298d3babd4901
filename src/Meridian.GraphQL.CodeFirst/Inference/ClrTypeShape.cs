using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>
/// A CLR type as GraphQL sees it: a named type or a list of shapes, each nullable or not as the C# annotations say
/// (tasks unwrapped, <see cref="Nullable{T}"/> unwrapped). Code that is not nullable-annotated reads as nullable.
/// </summary>
public sealed class ClrTypeShape
{
    private ClrTypeShape(Type clrType, bool isNullable, ClrTypeShape? element)
    {
        ClrType = clrType;
        IsNullable = isNullable;
        Element = element;
    }

    /// <summary>The CLR type at this level: the list type for lists, the named type otherwise.</summary>
    public Type ClrType { get; }

    public bool IsNullable { get; }

    /// <summary>The shape of the list's elements, or null for a named type.</summary>
    public ClrTypeShape? Element { get; }

    public bool IsList => Element is not null;

    /// <summary>The CLR type of the named type at the core (the innermost element).</summary>
    public Type NamedClrType => Element?.NamedClrType ?? ClrType;

    /// <summary>The shape of a type with the nullability information the compiler recorded for it (null when unknown).</summary>
    public static ClrTypeShape Create(Type type, NullabilityInfo? nullability)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (TypeInspector.IsTaskOfT(type))
        {
            return Create(type.GetGenericArguments()[0], nullability?.GenericTypeArguments is [var result] ? result : null);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return new ClrTypeShape(underlying, true, null);
        }

        var isNullable = !type.IsValueType && nullability?.ReadState is not NullabilityState.NotNull;
        if (TypeInspector.TryGetElementType(type, out var elementType))
        {
            var elementNullability = type.IsArray
                ? nullability?.ElementType
                : nullability?.GenericTypeArguments is [var single] && type.GetGenericArguments() is [var argument] && argument == elementType ? single : null;
            return new ClrTypeShape(type, isNullable, Create(elementType, elementNullability));
        }

        return new ClrTypeShape(type, isNullable, null);
    }

    /// <summary>The same shape with the outer level non-null (and optionally the elements too).</summary>
    public ClrTypeShape AsNonNull(bool elementsNonNull = false) =>
        new(ClrType, false, elementsNonNull && Element is not null ? Element.AsNonNull(elementsNonNull) : Element);

    /// <summary>The same shape with the outer level nullable.</summary>
    public ClrTypeShape AsNullable() => new(ClrType, true, Element);

    public override string ToString() => (IsList ? "[" + Element + "]" : ClrType.Name) + (IsNullable ? string.Empty : "!");
}
