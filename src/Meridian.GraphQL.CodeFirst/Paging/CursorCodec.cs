using System.Text;
using System.Text.Json;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Cursors as opaque strings: the base64 of a JSON array holding the values of the ordering keys of an item (or its
/// position, when the items have no keys). Decoding checks the count and the type of every value against the
/// current order, so a cursor from another ordering or a tampered one is an error, not a wrong page.
/// </summary>
internal static class CursorCodec
{
    public static string Encode(IReadOnlyList<object?> values, IReadOnlyList<Type> types)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append(JsonSerializer.Serialize(values[i], types[i]));
        }

        json.Append(']');
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToString()));
    }

    public static object?[] Decode(string cursor, IReadOnlyList<Type> types, string argument)
    {
        try
        {
            var bytes = Convert.FromBase64String(cursor);
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != types.Count)
            {
                throw Invalid(argument);
            }

            var values = new object?[types.Count];
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                values[index] = element.ValueKind == JsonValueKind.Null ? null : element.Deserialize(types[index]);
                index++;
            }

            return values;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            throw Invalid(argument);
        }
    }

    private static Errors.GraphQLException Invalid(string argument) =>
        DataErrors.Create(DataErrorCodes.InvalidCursor, $"The cursor given as {argument} is not valid for this field and order.", argument);
}
