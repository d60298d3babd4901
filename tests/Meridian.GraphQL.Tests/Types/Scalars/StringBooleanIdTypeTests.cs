using Meridian.Language;
using Meridian.Types;
using static Meridian.GraphQL.Tests.Types.Scalars.ScalarAssert;

namespace Meridian.GraphQL.Tests.Types.Scalars;

public sealed class StringBooleanIdTypeTests
{
    private readonly StringType _string = new();
    private readonly BooleanType _boolean = new();
    private readonly IdType _id = new();

    [Fact]
    public void String_accepts_strings_only_as_input()
    {
        Assert.Equal("abc", ParseLiteral(_string, "\"abc\""));
        Assert.Equal("block", ParseLiteral(_string, "\"\"\"block\"\"\""));
        Assert.Equal("x", _string.ParseValue("x"));
        LiteralFails(_string, "1", "String cannot represent a non string value: 1");
        LiteralFails(_string, "ENUM", "String cannot represent a non string value: ENUM");
        ValueFails(_string, 1L, "String cannot represent a non string value: 1");
        ValueFails(_string, true, "String cannot represent a non string value: true");
    }

    [Fact]
    public void String_serializes_strings_booleans_and_numbers()
    {
        Assert.Equal("abc", _string.Serialize("abc"));
        Assert.Equal("true", _string.Serialize(true));
        Assert.Equal("7", _string.Serialize(7L));
        Assert.Equal("1.5", _string.Serialize(1.5));
        Assert.Equal("1", _string.Serialize(1.0));
        Assert.Equal("x", _string.Serialize('x'));
        SerializeFails(_string, new Dictionary<string, object?> { ["a"] = 1 }, "String cannot represent value: { a: 1 }");
        SerializeFails(_string, double.NaN, "String cannot represent value: NaN");
        Assert.Equal("\"a\\\"b\"", PrintLiteral(_string, "a\"b"));
    }

    [Fact]
    public void Boolean_returns_the_boxed_value_it_was_given_without_boxing_again()
    {
        object boxed = true;

        Assert.Same(boxed, _boolean.Serialize(boxed));
        Assert.Same(boxed, _boolean.ParseValue(boxed));
    }

    [Fact]
    public void Boolean_accepts_booleans_only_as_input()
    {
        Assert.Equal(true, ParseLiteral(_boolean, "true"));
        Assert.Equal(false, _boolean.ParseValue(false));
        LiteralFails(_boolean, "1", "Boolean cannot represent a non boolean value: 1");
        LiteralFails(_boolean, "\"true\"", "Boolean cannot represent a non boolean value: \"true\"");
        ValueFails(_boolean, 1L, "Boolean cannot represent a non boolean value: 1");
    }

    [Fact]
    public void Boolean_serializes_booleans_and_numbers()
    {
        Assert.Equal(true, _boolean.Serialize(true));
        Assert.Equal(false, _boolean.Serialize(0));
        Assert.Equal(true, _boolean.Serialize(2.5));
        SerializeFails(_boolean, "true", "Boolean cannot represent a non boolean value: \"true\"");
        Assert.Same(BooleanValueNode.True, _boolean.ValueToLiteral(true));
    }

    [Fact]
    public void Id_accepts_strings_and_integers()
    {
        Assert.Equal("abc", ParseLiteral(_id, "\"abc\""));
        Assert.Equal("123", ParseLiteral(_id, "123"));
        Assert.Equal("-5", _id.ParseValue(-5L));
        Assert.Equal("4", _id.ParseValue(4.0));
        LiteralFails(_id, "1.5", "ID cannot represent a non-string and non-integer value: 1.5");
        LiteralFails(_id, "true", "ID cannot represent a non-string and non-integer value: true");
        ValueFails(_id, 1.5, "ID cannot represent value: 1.5");
        ValueFails(_id, true, "ID cannot represent value: true");
    }

    [Fact]
    public void Id_serializes_as_string()
    {
        var guid = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        Assert.Equal("42", _id.Serialize(42));
        Assert.Equal("x", _id.Serialize("x"));
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", _id.Serialize(guid));
        SerializeFails(_id, 1.5, "ID cannot represent value: 1.5");
        Assert.Equal("42", PrintLiteral(_id, "42"));
        Assert.Equal("\"042\"", PrintLiteral(_id, "042"));
        Assert.Equal("\"abc\"", PrintLiteral(_id, "abc"));
    }
}
