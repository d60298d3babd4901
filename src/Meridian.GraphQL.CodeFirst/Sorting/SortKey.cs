using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>One key of an ordering: the member path read from each element and its direction.</summary>
internal sealed class SortKey
{
    private static readonly NullabilityInfoContext Nullability = new();

    public SortKey(MemberPath path, bool descending)
    {
        Path = path;
        Descending = descending;
        CanBeNull = path.Properties.Any(IsNullable);
    }

    public MemberPath Path { get; }

    public bool Descending { get; }

    /// <summary>True when some property on the path may be null (by its type or its nullable annotation).</summary>
    public bool CanBeNull { get; }

    public SortKey Reverse() => new(Path, !Descending);

    public override string ToString() => $"{Path} {(Descending ? "DESC" : "ASC")}";

    private static bool IsNullable(PropertyInfo property)
    {
        if (property.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is not null;
        }

        lock (Nullability)
        {
            return Nullability.Create(property).ReadState != NullabilityState.NotNull;
        }
    }
}
