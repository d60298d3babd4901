using Meridian.Language;
using Meridian.Types;
using static Meridian.GraphQL.Tests.Types.Scalars.ScalarAssert;

namespace Meridian.GraphQL.Tests.Types.Scalars;

public sealed class IntTypeTests
{
    private readonly IntType _type = new();

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    public void Parses_int_literals_within_32_bits(string literal, int expected) =>
        Assert.Equal(expected, ParseLiteral(_type, literal));

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("-2147483649", "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("99999999999999999999999", "Int cannot represent non 32-bit signed integer value: 99999999999999999999999")]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("RED", "Int cannot represent non-integer value: RED")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    public void Rejects_other_literals(string literal, string message) => LiteralFails(_type, literal, message);

    [Fact]
    public void Null_literal_is_null() => Assert.Null(ParseLiteral(_type, "null"));

    [Fact]
    public void Parses_external_integers_within_range()
    {
        Assert.Equal(42, _type.ParseValue(42L));
        Assert.Equal(int.MaxValue, _type.ParseValue(2147483647L));
        Assert.Equal(int.MinValue, _type.ParseValue(-2147483648L));
        Assert.Equal(3, _type.ParseValue(3.0m));
        Assert.Equal(4, _type.ParseValue(4.0d));
        Assert.Equal(5, _type.ParseValue((byte)5));
        Assert.Null(_type.ParseValue(null));
    }

    [Fact]
    public void Rejects_external_values_outside_32_bits_or_not_integral()
    {
        ValueFails(_type, 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648");
        ValueFails(_type, -2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649");
        ValueFails(_type, 1e100, "Int cannot represent non 32-bit signed integer value: 1e+100");
        ValueFails(_type, 1.5d, "Int cannot represent non-integer value: 1.5");
        ValueFails(_type, 0.1m, "Int cannot represent non-integer value: 0.1");
        ValueFails(_type, double.NaN, "Int cannot represent non-integer value: NaN");
        ValueFails(_type, double.PositiveInfinity, "Int cannot represent non-integer value: Infinity");
        ValueFails(_type, "123", "Int cannot represent non-integer value: \"123\"");
        ValueFails(_type, true, "Int cannot represent non-integer value: true");
    }

    [Fact]
    public void Serializes_integral_values_as_graphql_js_does()
    {
        Assert.Equal(7, _type.Serialize(7));
        Assert.Equal(7, _type.Serialize(7L));
        Assert.Equal(1, _type.Serialize(true));
        Assert.Equal(0, _type.Serialize(false));
        Assert.Equal(123, _type.Serialize("123"));
        Assert.Equal(2, _type.Serialize(2.0));
        Assert.Null(_type.Serialize(null));
    }

    [Fact]
    public void Refuses_to_serialize_values_it_cannot_represent()
    {
        SerializeFails(_type, 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648");
        SerializeFails(_type, 1.5, "Int cannot represent non-integer value: 1.5");
        SerializeFails(_type, "abc", "Int cannot represent non-integer value: \"abc\"");
        SerializeFails(_type, new object[] { 1 }, "Int cannot represent non-integer value: [1]");
    }

    [Fact]
    public void Converts_values_to_int_literals()
    {
        Assert.Equal("42", PrintLiteral(_type, 42));
        Assert.IsType<IntValueNode>(_type.ValueToLiteral(-1));
        Assert.IsType<NullValueNode>(_type.ValueToLiteral(null));
    }

    [Fact]
    public void Describes_itself_as_the_specification_does()
    {
        Assert.Equal("Int", _type.Name);
        Assert.True(_type.IsSpecifiedScalar);
        Assert.Null(_type.SpecifiedBy);
        Assert.Equal(typeof(int), _type.RuntimeType);
        Assert.StartsWith("The `Int` scalar type represents non-fractional signed whole numeric values.", _type.Description);
    }
}
