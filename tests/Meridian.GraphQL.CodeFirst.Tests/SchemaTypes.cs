using Meridian.Types;

namespace Meridian.GraphQL.CodeFirst.Tests;

internal static class SchemaTypes
{
    /// <summary>The printed type of a field given by its coordinate, <c>Type.field</c>.</summary>
    public static string TypeOf(this Schema schema, string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        return ((ComplexOutputType)schema.GetType(coordinate[..dot])).Fields[coordinate[(dot + 1)..]].Type.Print();
    }
}
