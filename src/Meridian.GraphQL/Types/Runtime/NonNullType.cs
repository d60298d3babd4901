namespace Meridian.Types;

/// <summary>A non-null type: <c>NullableType!</c>; it never wraps another non-null type. Wrappers compare structurally.</summary>
public sealed class NonNullType : IType, IEquatable<NonNullType>
{
    public NonNullType(IType nullableType)
    {
        ArgumentNullException.ThrowIfNull(nullableType);
        if (nullableType.Kind == TypeKind.NonNull)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(nullableType));
        }

        NullableType = nullableType;
    }

    public TypeKind Kind => TypeKind.NonNull;

    public IType NullableType { get; }

    public bool Equals(NonNullType? other) => other is not null && TypeComparison.IsEqualType(NullableType, other.NullableType);

    public override bool Equals(object? obj) => obj is NonNullType other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, NullableType);

    public override string ToString() => this.Print();
}
