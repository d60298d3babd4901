using Meridian.Language;

namespace Meridian.Types;

/// <summary>The specification's <c>Float</c>: a finite double-precision value.</summary>
public sealed class FloatType : ScalarType
{
    public FloatType()
        : base(
            ScalarNames.Float,
            "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    public override Type RuntimeType => typeof(double);

    public override object? ParseLiteral(IValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var value = literal switch
        {
            NullValueNode => (double?)null,
            IntValueNode integer => integer.ToDouble(),
            FloatValueNode number => number.ToDouble(),
            _ => throw LiteralError("non numeric value", literal),
        };

        // Literals beyond double's range would round to infinity: the specification asks for an error instead.
        return value is { } finite && !double.IsFinite(finite) ? throw LiteralError("non numeric value", literal) : value;
    }

    public override object? ParseValue(object? externalValue) =>
        externalValue is null ? null : ToDouble(externalValue, externalValue);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        bool boolean => boolean ? 1d : 0d,
        string text when NumberClassifier.TryParseNumericString(text, out var parsed) => parsed,
        _ => ToDouble(runtimeValue, runtimeValue),
    };

    public override IValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is double value && NumericLiterals.TryCreate(value, out var literal) ? literal : NullValueNode.Default;

    private double ToDouble(object value, object? shown) =>
        NumberClassifier.Classify(value, out var integer, out var number) switch
        {
            NumberClass.Integral => (double)integer,
            NumberClass.NonIntegral or NumberClass.IntegralOutOfRange => number,
            _ => throw ValueError("non numeric value", shown),
        };
}
