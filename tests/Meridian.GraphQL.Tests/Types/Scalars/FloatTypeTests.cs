using Meridian.Language;
using Meridian.Types;
using static Meridian.GraphQL.Tests.Types.Scalars.ScalarAssert;

namespace Meridian.GraphQL.Tests.Types.Scalars;

public sealed class FloatTypeTests
{
    private readonly FloatType _type = new();

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1", 1.0)]
    [InlineData("-0.0", -0.0)]
    [InlineData("6.0221e23", 6.0221e23)]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    public void Parses_int_and_float_literals(string literal, double expected) => Assert.Equal(expected, ParseLiteral(_type, literal));

    [Theory]
    [InlineData("1e400", "Float cannot represent non numeric value: 1e400")]
    [InlineData("-1e400", "Float cannot represent non numeric value: -1e400")]
    [InlineData("\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("true", "Float cannot represent non numeric value: true")]
    [InlineData("NaN", "Float cannot represent non numeric value: NaN")]
    public void Rejects_non_numeric_and_infinite_literals(string literal, string message) => LiteralFails(_type, literal, message);

    [Fact]
    public void Parses_finite_external_numbers()
    {
        Assert.Equal(1.0, _type.ParseValue(1L));
        Assert.Equal(1.5, _type.ParseValue(1.5m));
        Assert.Equal(2.25, _type.ParseValue(2.25));
        Assert.Equal(3.5, _type.ParseValue(3.5f));
    }

    [Fact]
    public void Rejects_nan_infinity_and_non_numbers()
    {
        ValueFails(_type, double.NaN, "Float cannot represent non numeric value: NaN");
        ValueFails(_type, double.PositiveInfinity, "Float cannot represent non numeric value: Infinity");
        ValueFails(_type, double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity");
        ValueFails(_type, "1.5", "Float cannot represent non numeric value: \"1.5\"");
        ValueFails(_type, false, "Float cannot represent non numeric value: false");
    }

    [Fact]
    public void Serializes_numbers_booleans_and_numeric_strings()
    {
        Assert.Equal(1.5, _type.Serialize(1.5m));
        Assert.Equal(1.0, _type.Serialize(true));
        Assert.Equal(2.5, _type.Serialize("2.5"));
        Assert.Equal(10.0, _type.Serialize(10));
        SerializeFails(_type, double.NaN, "Float cannot represent non numeric value: NaN");
        SerializeFails(_type, "abc", "Float cannot represent non numeric value: \"abc\"");
    }

    [Fact]
    public void Converts_values_to_literals()
    {
        Assert.Equal("1.5", PrintLiteral(_type, 1.5));
        Assert.IsType<IntValueNode>(_type.ValueToLiteral(2.0));
        Assert.Equal("1E+21", PrintLiteral(_type, 1e21));
    }
}
