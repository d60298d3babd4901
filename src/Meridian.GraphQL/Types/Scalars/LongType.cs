namespace Meridian.Types;

/// <summary>Hot Chocolate's <c>Long</c>: a signed 64-bit integer.</summary>
public sealed class LongType : IntegerTypeBase
{
    public LongType()
        : base(
            ScalarNames.Long,
            "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.",
            long.MinValue,
            long.MaxValue,
            "64-bit")
    {
    }

    public override Type RuntimeType => typeof(long);

    private protected override object Box(Int128 value) => (long)value;
}
