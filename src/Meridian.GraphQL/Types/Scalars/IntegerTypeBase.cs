using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// The shared coercion of the signed integer scalars (Int, Long): integral values within range only, with
/// graphql-js's messages (<c>Int cannot represent non-integer value: 1.5</c>,
/// <c>Int cannot represent non 32-bit signed integer value: 2147483648</c>).
/// </summary>
public abstract class IntegerTypeBase : ScalarType
{
    private readonly Int128 _min;
    private readonly Int128 _max;
    private readonly string _rangeName;

    private protected IntegerTypeBase(string name, string description, long min, long max, string rangeName, string? specifiedBy = null)
        : base(name, description, specifiedBy)
    {
        _min = min;
        _max = max;
        _rangeName = rangeName;
    }

    public override object? ParseLiteral(IValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode integer when Int128.TryParse(integer.Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= _min && value <= _max:
                return Box(value);
            case IntValueNode integer:
                throw new Errors.LeafCoercionException($"{Name} cannot represent non {_rangeName} signed integer value: {integer.Value}", Name);
            default:
                throw LiteralError("non-integer value", literal);
        }
    }

    public override object? ParseValue(object? externalValue)
    {
        if (externalValue is null)
        {
            return null;
        }

        return NumberClassifier.Classify(externalValue, out var integer, out _) switch
        {
            NumberClass.Integral when integer >= _min && integer <= _max => Box(integer),
            NumberClass.Integral or NumberClass.IntegralOutOfRange => throw ValueError($"non {_rangeName} signed integer value", externalValue),
            _ => throw ValueError("non-integer value", externalValue),
        };
    }

    public override object? Serialize(object? runtimeValue)
    {
        var value = runtimeValue switch
        {
            bool boolean => boolean ? 1 : 0,
            string text when NumberClassifier.TryParseNumericString(text, out var parsed) => parsed,
            _ => runtimeValue,
        };

        if (value is null)
        {
            return null;
        }

        return NumberClassifier.Classify(value, out var integer, out _) switch
        {
            NumberClass.Integral when integer >= _min && integer <= _max => Box(integer),
            NumberClass.Integral or NumberClass.IntegralOutOfRange => throw ValueError($"non {_rangeName} signed integer value", runtimeValue),
            _ => throw ValueError("non-integer value", runtimeValue),
        };
    }

    public override IValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is { } value ? new IntValueNode(null, ((IFormattable)value).ToString(null, System.Globalization.CultureInfo.InvariantCulture)) : NullValueNode.Default;

    /// <summary>Converts an in-range value to the scalar's runtime type.</summary>
    private protected abstract object Box(Int128 value);
}
