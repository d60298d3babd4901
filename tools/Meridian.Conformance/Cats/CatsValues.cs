using System.Globalization;

namespace Meridian.Conformance.Cats;

/// <summary>
/// Turns values read from scenario YAML into the external values Meridian's executor takes (variables, root and
/// parent values): maps with string keys, lists, <c>long</c> for integers, <c>double</c> for other numbers.
/// </summary>
public static class CatsValues
{
    /// <summary>
    /// The external value of <paramref name="yaml"/>; a map of the single entry <c>$ref</c> is replaced by
    /// <paramref name="resolveReference"/> (test data refers to its own top-level entries that way).
    /// </summary>
    public static object? ToExternal(object? yaml, Func<string, object?>? resolveReference = null)
    {
        switch (yaml)
        {
            case null or string or bool:
                return yaml;
            case Dictionary<object, object> map when resolveReference is not null && IsReference(map, out var name):
                return resolveReference(name);
            case Dictionary<object, object> map:
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                Fill(fields, map, resolveReference);
                return fields;
            case List<object> list:
                return list.Select(item => ToExternal(item, resolveReference)).ToList();
            case sbyte or byte or short or ushort or int or uint or long:
                return Convert.ToInt64(yaml, CultureInfo.InvariantCulture);
            case ulong or float or double or decimal:
                return Convert.ToDouble(yaml, CultureInfo.InvariantCulture);
            default:
                return yaml.ToString();
        }
    }

    /// <summary>Adds the entries of <paramref name="map"/> to <paramref name="fields"/> (an object created before its content, so that references can form cycles).</summary>
    public static void Fill(Dictionary<string, object?> fields, Dictionary<object, object> map, Func<string, object?>? resolveReference)
    {
        foreach (var (key, value) in map)
        {
            fields[key.ToString()!] = ToExternal(value, resolveReference);
        }
    }

    /// <summary>True when <paramref name="map"/> is <c>{$ref: name}</c>.</summary>
    public static bool IsReference(Dictionary<object, object> map, out string name)
    {
        name = map.Count == 1 && map.TryGetValue("$ref", out var target) ? target?.ToString() ?? string.Empty : string.Empty;
        return name.Length > 0;
    }
}
