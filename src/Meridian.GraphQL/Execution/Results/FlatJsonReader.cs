using System.Text.Json;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// Reads a list of flat objects back from the JSON the executor wrote (<see cref="JsonListResult"/>), as the values
/// the general completion stores: objects for nested objects, strings for every leaf written as a string (<c>String</c>, <c>ID</c>, enums,
/// dates), booleans, and <see cref="int"/>, <see cref="long"/> or <see cref="double"/> for <c>Int</c>, <c>Long</c>
/// and <c>Float</c> (the only numbers the unboxed leaf stores complete).
/// </summary>
internal static class FlatJsonReader
{
    public static object?[] ReadList(ReadOnlySpan<byte> json, SelectionSetPlan plan)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var items = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.Null ? null : ReadObject(ref reader, plan.Selections));
        }

        return [.. items];
    }

    private static ObjectResult ReadObject(ref Utf8JsonReader reader, Selection[] selections)
    {
        var result = new ObjectResult();
        result.Initialize(selections);
        for (var i = 0; i < selections.Length; i++)
        {
            reader.Read();
            reader.Read();
            result.SetValue(i, ReadValue(ref reader, selections[i]));
        }

        reader.Read();
        return result;
    }

    private static object? ReadValue(ref Utf8JsonReader reader, Selection selection) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.StartObject => ReadObject(ref reader, selection.GetSelectionSet((ObjectType)selection.Type.NamedType()).Selections),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => ReadNumber(ref reader, selection.Type.NamedType()),
        _ => throw new InvalidOperationException($"Unexpected {reader.TokenType} in a flat list's JSON."),
    };

    // Boxed per arm: a switch expression would convert them all to their best common type, double.
    private static object ReadNumber(ref Utf8JsonReader reader, INamedType type) => type switch
    {
        IntType => (object)reader.GetInt32(),
        LongType => (object)reader.GetInt64(),
        _ => (object)reader.GetDouble(),
    };
}
