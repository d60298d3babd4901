using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// Which (leaf type, CLR type) pairs complete without boxing, and how. Only the engine's own sealed scalar classes
/// are matched, so a custom scalar always runs its own <c>Serialize</c>.
/// </summary>
internal static class LeafStores
{
    /// <summary>True when some CLR type completes unboxed for <paramref name="type"/>: worth a typed reader.</summary>
    public static bool Supports(ILeafType type) => type is IntType or LongType or FloatType or BooleanType or StringType
        or IdType or DateTimeType or DateType or UuidType or EnumType;

    /// <summary>The store for values of <paramref name="clrType"/> completed as <paramref name="type"/>; null when there is none.</summary>
    public static object? Find(ILeafType type, Type clrType) => (type, clrType) switch
    {
        (IntType, _) when clrType == typeof(int) => new FormattedLeafStore<int>(Int32LeafFormat.Instance),
        (LongType, _) when clrType == typeof(long) => new FormattedLeafStore<long>(Int64LeafFormat.Instance),
        (FloatType, _) when clrType == typeof(double) => new FiniteDoubleLeafStore(),
        (BooleanType, _) when clrType == typeof(bool) => new BooleanLeafStore(),
        (StringType or IdType, _) when clrType == typeof(string) => new StringLeafStore(),
        (IdType, _) when clrType == typeof(int) => new Int32IdLeafStore(),
        (IdType, _) when clrType == typeof(long) => new FormattedLeafStore<long>(IntegerIdLeafFormat.Instance),
        (IdType or UuidType, _) when clrType == typeof(Guid) => new FormattedLeafStore<Guid>(GuidLeafFormat.Instance),
        (DateTimeType, _) when clrType == typeof(DateTimeOffset) => new FormattedLeafStore<DateTimeOffset>(DateTimeLeafFormat.Instance),
        (DateTimeType, _) when clrType == typeof(DateTime) => new DateTimeLeafStore(),
        (DateType, _) when clrType == typeof(DateOnly) => new FormattedLeafStore<DateOnly>(DateLeafFormat.Instance),
        (EnumType enumType, _) when clrType == typeof(string) => new StringEnumLeafStore(enumType),
        (EnumType enumType, { IsEnum: true }) =>
            Activator.CreateInstance(typeof(ClrEnumLeafStore<>).MakeGenericType(clrType), enumType),
        _ => null,
    };
}
