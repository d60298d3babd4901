using System.Diagnostics.CodeAnalysis;

namespace Meridian.Types;

/// <summary>
/// Creates the built-in scalars: the specification's five and Hot Chocolate's well-known ones, which a schema gets
/// as soon as a field, argument or input field refers to them by name. Each schema gets its own instances.
/// </summary>
public static class BuiltInScalars
{
    /// <summary>The names of the built-in scalars, specification scalars first.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        ScalarNames.Int, ScalarNames.Float, ScalarNames.String, ScalarNames.Boolean, ScalarNames.ID,
        ScalarNames.DateTime, ScalarNames.Date, ScalarNames.LocalTime, ScalarNames.UUID, ScalarNames.Long,
        ScalarNames.Decimal, ScalarNames.URL,
    ];

    public static bool IsBuiltIn(string name) =>
        ScalarNames.IsSpecified(name)
        || name is ScalarNames.DateTime or ScalarNames.Date or ScalarNames.LocalTime or ScalarNames.UUID
            or ScalarNames.Long or ScalarNames.Decimal or ScalarNames.URL;

    /// <summary>A new instance of the built-in scalar of that name.</summary>
    public static bool TryCreate(string name, [NotNullWhen(true)] out ScalarType? scalar)
    {
        scalar = name switch
        {
            ScalarNames.Int => new IntType(),
            ScalarNames.Float => new FloatType(),
            ScalarNames.String => new StringType(),
            ScalarNames.Boolean => new BooleanType(),
            ScalarNames.ID => new IdType(),
            ScalarNames.DateTime => new DateTimeType(),
            ScalarNames.Date => new DateType(),
            ScalarNames.LocalTime => new LocalTimeType(),
            ScalarNames.UUID => new UuidType(),
            ScalarNames.Long => new LongType(),
            ScalarNames.Decimal => new DecimalType(),
            ScalarNames.URL => new UrlType(),
            _ => null,
        };

        return scalar is not null;
    }
}
