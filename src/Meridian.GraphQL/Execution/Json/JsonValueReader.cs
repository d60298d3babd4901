using System.Text.Json;

namespace Meridian.Execution;

/// <summary>
/// Reads JSON into external values as the engine expects them (architecture.md): null, string, bool, long for
/// integral numbers within range, decimal for other numbers that fit exactly enough, double for the rest,
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> for objects (property order kept) and
/// <see cref="IReadOnlyList{T}"/> for arrays. Depth is bounded by the reader options.
/// </summary>
public static class JsonValueReader
{
    /// <summary>Reads the value at the reader's current token (or the next one, at the start) and leaves the reader on its last token.</summary>
    public static object? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.None && !reader.Read())
        {
            throw new JsonException("Expected a JSON value.");
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return ReadNumber(ref reader);
            case JsonTokenType.StartArray:
                var items = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader));
                }

                return items.ToArray();
            case JsonTokenType.StartObject:
                var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();

                    // A repeated property keeps its last value, as JSON.parse does.
                    map[name] = Read(ref reader);
                }

                return map;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>Reads a whole JSON text.</summary>
    public static object? Read(ReadOnlySpan<byte> utf8Json, JsonReaderOptions options = default)
    {
        var reader = new Utf8JsonReader(utf8Json, options);
        var value = Read(ref reader);
        if (reader.Read())
        {
            throw new JsonException("Unexpected data after the JSON value.");
        }

        return value;
    }

    /// <summary>Reads a JSON object into variables (or extensions); null for JSON null.</summary>
    public static IReadOnlyDictionary<string, object?>? ReadObject(ReadOnlySpan<byte> utf8Json, JsonReaderOptions options = default) =>
        Read(utf8Json, options) switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> map => map,
            _ => throw new JsonException("Expected a JSON object."),
        };

    /// <summary>Converts a parsed element (System.Text.Json DOM) the same way.</summary>
    public static object? Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return ReadNumber(element);
            case JsonValueKind.Array:
                var items = new object?[element.GetArrayLength()];
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items[index++] = Read(item);
                }

                return items;
            default:
                var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = Read(property.Value);
                }

                return map;
        }
    }

    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt64(out var integer))
        {
            return integer;
        }

        if (reader.TryGetDecimal(out var exact) && IsExactEnough(exact, reader.GetDouble()))
        {
            return exact;
        }

        return reader.GetDouble();
    }

    private static object ReadNumber(JsonElement element)
    {
        if (element.TryGetInt64(out var integer))
        {
            return integer;
        }

        if (element.TryGetDecimal(out var exact) && IsExactEnough(exact, element.GetDouble()))
        {
            return exact;
        }

        return element.GetDouble();
    }

    // A decimal that rounds to the same double as the text keeps every digit the client meant; otherwise (huge
    // exponents, tiny fractions) the double is the faithful reading.
    private static bool IsExactEnough(decimal value, double asDouble) => (double)value == asDouble;
}
