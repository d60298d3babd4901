using Meridian.Language;

namespace Meridian.Types;

/// <summary>Hot Chocolate's <c>Decimal</c>: a <see cref="decimal"/>, read from Int or Float literals and written as a JSON number.</summary>
public sealed class DecimalType : ScalarType
{
    public DecimalType()
        : base(ScalarNames.Decimal, "The built-in `Decimal` scalar type.")
    {
    }

    public override Type RuntimeType => typeof(decimal);

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode integer when integer.TryToDecimal(out var value) => value,
        FloatValueNode number when number.TryToDecimal(out var value) => value,
        IntValueNode or FloatValueNode => throw LiteralError("value outside the decimal range", literal),
        _ => throw LiteralError("non numeric value", literal),
    };

    public override object? ParseValue(object? externalValue) => externalValue is null ? null : ToDecimal(externalValue);

    public override object? Serialize(object? runtimeValue) => runtimeValue is null ? null : ToDecimal(runtimeValue);

    public override IValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is decimal value && NumericLiterals.TryCreate(value, out var literal) ? literal : NullValueNode.Default;

    private decimal ToDecimal(object value)
    {
        if (value is decimal exact)
        {
            return exact;
        }

        switch (NumberClassifier.Classify(value, out var integer, out var number))
        {
            case NumberClass.Integral when integer >= (Int128)decimal.MinValue && integer <= (Int128)decimal.MaxValue:
                return (decimal)integer;
            case NumberClass.NonIntegral when Math.Abs(number) < (double)decimal.MaxValue:
                return (decimal)number;
            case NumberClass.NotANumber:
                throw ValueError("non numeric value", value);
            default:
                throw ValueError("value outside the decimal range", value);
        }
    }
}
