using Meridian.Types;
using static Meridian.GraphQL.Tests.Types.Scalars.ScalarAssert;

namespace Meridian.GraphQL.Tests.Types.Scalars;

public sealed class LongTypeTests
{
    private readonly LongType _type = new();

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("2147483648", 2147483648L)]
    public void Parses_64_bit_literals(string literal, long expected) => Assert.Equal(expected, ParseLiteral(_type, literal));

    [Theory]
    [InlineData("9223372036854775808", "Long cannot represent non 64-bit signed integer value: 9223372036854775808")]
    [InlineData("-9223372036854775809", "Long cannot represent non 64-bit signed integer value: -9223372036854775809")]
    [InlineData("1.5", "Long cannot represent non-integer value: 1.5")]
    [InlineData("\"5\"", "Long cannot represent non-integer value: \"5\"")]
    public void Rejects_literals_outside_64_bits(string literal, string message) => LiteralFails(_type, literal, message);

    [Fact]
    public void Coerces_external_and_runtime_values()
    {
        Assert.Equal(long.MaxValue, _type.ParseValue(long.MaxValue));
        Assert.Equal(5L, _type.ParseValue(5));
        Assert.Equal(9007199254740992L, _type.ParseValue(9007199254740992m));
        ValueFails(_type, 9223372036854775808m, "Long cannot represent non 64-bit signed integer value: 9223372036854775808");
        ValueFails(_type, ulong.MaxValue, "Long cannot represent non 64-bit signed integer value: 18446744073709551615");
        ValueFails(_type, 2.5, "Long cannot represent non-integer value: 2.5");
        Assert.Equal(12L, _type.Serialize(12));
        SerializeFails(_type, "x", "Long cannot represent non-integer value: \"x\"");
        Assert.Equal("9223372036854775807", PrintLiteral(_type, long.MaxValue));
    }

    [Fact]
    public void Has_hot_chocolates_description()
    {
        Assert.Equal(typeof(long), _type.RuntimeType);
        Assert.Equal(
            "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.",
            _type.Description);
    }
}
