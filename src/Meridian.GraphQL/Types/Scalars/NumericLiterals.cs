using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>Converts CLR numbers to Int or Float literals, as graphql-js's <c>astFromValue</c> does for numbers.</summary>
internal static class NumericLiterals
{
    public static bool TryCreate(object value, [NotNullWhen(true)] out IValueNode? literal)
    {
        switch (value)
        {
            case int or long or short or sbyte or byte or ushort or uint or ulong or Int128 or UInt128 or System.Numerics.BigInteger:
                literal = new IntValueNode(null, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return true;
            case decimal number:
                literal = FromText(number.ToString(CultureInfo.InvariantCulture));
                return true;
            case double number when double.IsFinite(number):
                literal = FromText(number.ToString("R", CultureInfo.InvariantCulture));
                return true;
            case float number when float.IsFinite(number):
                literal = FromText(((double)number).ToString("R", CultureInfo.InvariantCulture));
                return true;
            default:
                literal = null;
                return false;
        }
    }

    // Integral text prints as an Int literal; "2.50" keeps its digits; exponents stay valid GraphQL float syntax.
    private static IValueNode FromText(string text)
    {
        var isIntegral = text.Length > 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsAsciiDigit(text[i]) || (i == 0 && text[i] == '-')))
            {
                isIntegral = false;
                break;
            }
        }

        if (isIntegral)
        {
            return new IntValueNode(null, text);
        }

        return new FloatValueNode(null, text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
    }
}
