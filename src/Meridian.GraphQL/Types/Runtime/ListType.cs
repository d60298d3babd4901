namespace Meridian.Types;

/// <summary>A list type: <c>[ElementType]</c>. Wrappers compare structurally.</summary>
public sealed class ListType : IType, IEquatable<ListType>
{
    public ListType(IType elementType)
    {
        ArgumentNullException.ThrowIfNull(elementType);
        ElementType = elementType;
    }

    public TypeKind Kind => TypeKind.List;

    public IType ElementType { get; }

    public bool Equals(ListType? other) => other is not null && TypeComparison.IsEqualType(ElementType, other.ElementType);

    public override bool Equals(object? obj) => obj is ListType other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(TypeKind.List, ElementType);

    public override string ToString() => this.Print();
}
