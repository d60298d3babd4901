namespace Meridian.Types;

/// <summary>The specification's <c>Int</c>: a signed 32-bit integer.</summary>
public sealed class IntType : IntegerTypeBase
{
    public IntType()
        : base(
            ScalarNames.Int,
            "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
            int.MinValue,
            int.MaxValue,
            "32-bit")
    {
    }

    public override Type RuntimeType => typeof(int);

    private protected override object Box(Int128 value) => (int)value;
}
