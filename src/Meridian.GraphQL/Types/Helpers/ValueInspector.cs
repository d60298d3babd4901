using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>Formats values and literals for error messages the way graphql-js's <c>inspect</c> and <c>print</c> do.</summary>
public static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    /// <summary>Formats a CLR value as graphql-js's <c>inspect</c>: strings quoted, lists as <c>[1, 2]</c>, maps as <c>{ a: 1 }</c>.</summary>
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>Prints a syntax node as GraphQL text on one line.</summary>
    public static string Print(ISyntaxNode node) => SyntaxPrinter.Print(node, indented: false);

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(JsonText.Quote(text));
                break;
            case bool boolean:
                builder.Append(boolean ? "true" : "false");
                break;
            case double number:
                builder.Append(FormatDouble(number));
                break;
            case float number:
                builder.Append(FormatDouble(number));
                break;
            case IFormattable formattable when IsNumber(value):
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                AppendMap(builder, map, depth);
                break;
            case IEnumerable list and not IDictionary:
                AppendList(builder, list, depth);
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendMap(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        if (depth > MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        var count = 0;
        foreach (var (key, item) in map)
        {
            builder.Append(count == 0 ? "{ " : ", ");
            if (count == MaxItems)
            {
                builder.Append("...");
                count++;
                break;
            }

            builder.Append(key).Append(": ");
            Append(builder, item, depth + 1);
            count++;
        }

        builder.Append(count == 0 ? "{}" : " }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable list, int depth)
    {
        if (depth > MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var count = 0;
        foreach (var item in list)
        {
            if (count > 0)
            {
                builder.Append(", ");
            }

            if (count == MaxItems)
            {
                builder.Append("...");
                break;
            }

            Append(builder, item, depth + 1);
            count++;
        }

        builder.Append(']');
    }

    private static bool IsNumber(object value) =>
        value is int or long or short or sbyte or byte or ushort or uint or ulong or decimal or Int128 or UInt128
            or System.Numerics.BigInteger or Half;

    // JavaScript's Number#toString: integral values without a fraction, NaN and Infinity spelled out.
    private static string FormatDouble(double number) => number switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => number.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal),
    };
}
