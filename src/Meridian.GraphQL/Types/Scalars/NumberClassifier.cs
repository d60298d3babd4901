using System.Globalization;

namespace Meridian.Types;

/// <summary>How a CLR value stands as a number, for the integer and float scalars' range and integrality checks.</summary>
internal enum NumberClass
{
    NotANumber,
    NonIntegral,
    Integral,
    IntegralOutOfRange,
}

internal static class NumberClassifier
{
    /// <summary>
    /// Classifies a value: integral values come back in <paramref name="integer"/> (when they fit 128 bits);
    /// non-integral finite ones in <paramref name="number"/>. NaN and infinities are not numbers.
    /// </summary>
    public static NumberClass Classify(object? value, out Int128 integer, out double number)
    {
        integer = default;
        number = default;
        switch (value)
        {
            case int or long or short or sbyte or byte or ushort or uint:
                integer = ((IConvertible)value).ToInt64(CultureInfo.InvariantCulture);
                return NumberClass.Integral;
            case ulong v:
                integer = v;
                return NumberClass.Integral;
            case Int128 v:
                integer = v;
                return NumberClass.Integral;
            case decimal v when decimal.Truncate(v) == v:
                integer = (Int128)v;
                return NumberClass.Integral;
            case decimal v:
                number = (double)v;
                return NumberClass.NonIntegral;
            case double v:
                return ClassifyDouble(v, out integer, out number);
            case float v:
                return ClassifyDouble(v, out integer, out number);
            case Half v:
                return ClassifyDouble((double)v, out integer, out number);
            default:
                return NumberClass.NotANumber;
        }
    }

    /// <summary>Reads a numeric string the way JavaScript's <c>Number(text)</c> would, for result coercion.</summary>
    public static bool TryParseNumericString(string text, out double number) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    private static NumberClass ClassifyDouble(double value, out Int128 integer, out double number)
    {
        integer = default;
        number = value;
        if (!double.IsFinite(value))
        {
            return NumberClass.NotANumber;
        }

        if (Math.Truncate(value) != value)
        {
            return NumberClass.NonIntegral;
        }

        if (Math.Abs(value) >= 1e38)
        {
            return NumberClass.IntegralOutOfRange;
        }

        integer = (Int128)value;
        return NumberClass.Integral;
    }
}
