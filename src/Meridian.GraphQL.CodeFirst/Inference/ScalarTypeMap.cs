using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>The CLR types that map to the engine's scalars, as Hot Chocolate maps them.</summary>
internal static class ScalarTypeMap
{
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(string)] = ScalarNames.String,
        [typeof(bool)] = ScalarNames.Boolean,
        [typeof(int)] = ScalarNames.Int,
        [typeof(short)] = ScalarNames.Int,
        [typeof(ushort)] = ScalarNames.Int,
        [typeof(byte)] = ScalarNames.Int,
        [typeof(sbyte)] = ScalarNames.Int,
        [typeof(long)] = ScalarNames.Long,
        [typeof(uint)] = ScalarNames.Long,
        [typeof(float)] = ScalarNames.Float,
        [typeof(double)] = ScalarNames.Float,
        [typeof(decimal)] = ScalarNames.Decimal,
        [typeof(DateTimeOffset)] = ScalarNames.DateTime,
        [typeof(DateTime)] = ScalarNames.DateTime,
        [typeof(DateOnly)] = ScalarNames.Date,
        [typeof(TimeOnly)] = ScalarNames.LocalTime,
        [typeof(Guid)] = ScalarNames.UUID,
        [typeof(Uri)] = ScalarNames.URL,
    };

    public static bool TryGetScalarName(Type type, out string name) => Names.TryGetValue(type, out name!);
}
