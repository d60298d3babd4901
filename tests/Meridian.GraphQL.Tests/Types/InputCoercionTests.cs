using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.Types;

public sealed class InputCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddTypeDefinitions("""
        type Query { a: Int }
        input Point { x: Int! y: Int = 7 tags: [String!] }
        input Key @oneOf { id: ID name: String }
        enum Color { RED GREEN }
        """).Build();

    private static IType Type(string text) =>
        Schema.TryGetTypeFromSyntax(Parser.ParseType(text), out var type) ? type : throw new ArgumentException(text);

    private static object? Literal(string literal, string type, IReadOnlyDictionary<string, object?>? variables = null) =>
        InputCoercion.CoerceLiteral(Parser.ParseValue(literal), Type(type), variables);

    private static InputCoercionException LiteralFails(string literal, string type, string message)
    {
        var exception = Assert.Throws<InputCoercionException>(() => Literal(literal, type));
        Assert.Equal(message, exception.Message);
        return exception;
    }

    private static InputCoercionException ValueFails(object? value, string type, string message)
    {
        var exception = Assert.Throws<InputCoercionException>(() => InputCoercion.CoerceValue(value, Type(type)));
        Assert.Equal(message, exception.Message);
        return exception;
    }

    [Fact]
    public void Coerces_input_object_literals_with_defaults()
    {
        var point = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Literal("{ x: 1, tags: \"a\" }", "Point"));

        Assert.Equal(1, point["x"]);
        Assert.Equal(7, point["y"]);
        Assert.Equal(new object?[] { "a" }, point["tags"]);
        Assert.Equal(["x", "tags", "y"], point.Keys);
    }

    [Fact]
    public void Input_objects_keep_the_order_the_fields_were_given_in_then_add_defaults()
    {
        var literal = (IReadOnlyDictionary<string, object?>)Literal("{ tags: \"a\", x: 1 }", "Point")!;
        var withVariables = (IReadOnlyDictionary<string, object?>)Literal("{ tags: $tags, y: 2, x: $x }", "Point", new Dictionary<string, object?> { ["x"] = 1, ["tags"] = new object?[] { "a" } })!;
        var external = (IReadOnlyDictionary<string, object?>)InputCoercion.CoerceValue(
            new OrderedDictionary<string, object?> { ["tags"] = "a", ["x"] = 1L },
            Type("Point"))!;
        var pairs = (IReadOnlyDictionary<string, object?>)InputCoercion.CoerceValue(
            new[] { KeyValuePair.Create<string, object?>("y", 3L), KeyValuePair.Create<string, object?>("x", 1L) },
            Type("Point"))!;

        Assert.Equal(["tags", "x", "y"], literal.Keys);
        Assert.Equal(["tags", "y", "x"], withVariables.Keys);
        Assert.Equal(["tags", "x", "y"], external.Keys);
        Assert.Equal(7, external["y"]);
        Assert.Equal(["y", "x"], pairs.Keys);
        Assert.Equal(3, pairs["y"]);
    }

    [Fact]
    public void Coerces_lists_and_wraps_single_values()
    {
        Assert.Equal(new object?[] { 1, 2 }, Literal("[1, 2]", "[Int]"));
        Assert.Equal(new object?[] { 1 }, Literal("1", "[Int]"));
        Assert.Equal(new object?[] { new object?[] { 1 } }, Literal("1", "[[Int]]"));
        Assert.Equal(new object?[] { 1, null }, Literal("[1, null]", "[Int]"));
        Assert.Null(Literal("null", "[Int]"));
        Assert.Equal("RED", Literal("RED", "Color"));
    }

    [Fact]
    public void Reports_literal_errors_with_their_path()
    {
        LiteralFails("null", "Int!", "Expected value of type \"Int!\", found null.");
        var nested = LiteralFails("[1, null]", "[Int!]", "Expected value of type \"Int!\", found null.");
        Assert.Equal([1], nested.InputPath);
        var field = LiteralFails("{ x: 1, tags: [\"a\", 2] }", "Point", "String cannot represent a non string value: 2");
        Assert.Equal(["tags", 1], field.InputPath);
        LiteralFails("{ y: 1 }", "Point", "Field \"Point.x\" of required type \"Int!\" was not provided.");
        LiteralFails("{ x: 1, z: 2 }", "Point", "Field \"z\" is not defined by type \"Point\".");
        LiteralFails("5", "Point", "Expected value of type \"Point\", found 5.");
        LiteralFails("BLUE", "Color", "Value \"BLUE\" does not exist in \"Color\" enum.");
        LiteralFails("\"RED\"", "Color", "Enum \"Color\" cannot represent non-enum value: \"RED\".");
    }

    [Fact]
    public void Applies_one_of_rules_to_literals()
    {
        Assert.Equal(new Dictionary<string, object?> { ["id"] = "1" }, Literal("{ id: 1 }", "Key"));
        LiteralFails("{}", "Key", "Exactly one key must be specified for OneOf type \"Key\".");
        LiteralFails("{ id: 1, name: \"a\" }", "Key", "Exactly one key must be specified for OneOf type \"Key\".");
        LiteralFails("{ id: null }", "Key", "Field \"id\" must be non-null.");
    }

    [Fact]
    public void Reads_variables_inside_literals()
    {
        var variables = new Dictionary<string, object?> { ["x"] = 3, ["list"] = 5, ["none"] = null };

        var point = (IReadOnlyDictionary<string, object?>)Literal("{ x: $x, y: $missing }", "Point", variables)!;
        Assert.Equal(3, point["x"]);
        Assert.Equal(7, point["y"]);
        Assert.Equal(new object?[] { 5 }, Literal("$list", "[Int]", variables));
        Assert.Equal(new object?[] { 1, null }, Literal("[1, $missing]", "[Int]", variables));
        var exception = Assert.Throws<InputCoercionException>(() => Literal("$none", "Int!", variables));
        Assert.Equal("Expected value of type \"Int!\", found null.", exception.Message);
    }

    [Fact]
    public void Coerces_external_values()
    {
        var point = (IReadOnlyDictionary<string, object?>)InputCoercion.CoerceValue(
            new Dictionary<string, object?> { ["x"] = 1L, ["tags"] = new object?[] { "a", "b" } },
            Type("Point!"))!;

        Assert.Equal(1, point["x"]);
        Assert.Equal(7, point["y"]);
        Assert.Equal(new object?[] { "a", "b" }, point["tags"]);
        Assert.Equal(new object?[] { 4 }, InputCoercion.CoerceValue(4L, Type("[Int]")));
        Assert.Equal("GREEN", InputCoercion.CoerceValue("GREEN", Type("Color")));
        Assert.Null(InputCoercion.CoerceValue(null, Type("Point")));
    }

    [Fact]
    public void Reports_external_value_errors_in_graphql_js_wording()
    {
        ValueFails(null, "Int!", "Expected non-nullable type \"Int!\" not to be null.");
        ValueFails("x", "Point", "Expected type \"Point\" to be an object.");
        ValueFails(new Dictionary<string, object?>(), "Point", "Field \"x\" of required type \"Int!\" was not provided.");
        ValueFails(new Dictionary<string, object?> { ["x"] = 1L, ["z"] = 1L }, "Point", "Field \"z\" is not defined by type \"Point\".");
        var nested = ValueFails(new object?[] { 1L, "two" }, "[Int]", "Int cannot represent non-integer value: \"two\"");
        Assert.Equal([1], nested.InputPath);
        ValueFails(new Dictionary<string, object?> { ["id"] = "1", ["name"] = "a" }, "Key", "Exactly one key must be specified for OneOf type \"Key\".");
        ValueFails(new Dictionary<string, object?> { ["name"] = null }, "Key", "Field \"name\" must be non-null.");
        ValueFails(1L, "Color", "Enum \"Color\" cannot represent non-string value: 1.");
    }

    [Fact]
    public void Converts_runtime_values_back_to_literals()
    {
        var point = new Dictionary<string, object?> { ["x"] = 1, ["tags"] = new[] { "a" } };

        Assert.Equal("{ x: 1, tags: [\"a\"] }", Print(ValueToLiteralConverter.ToLiteral(point, Type("Point"))));
        Assert.Equal("[1, null]", Print(ValueToLiteralConverter.ToLiteral(new int?[] { 1, null }, Type("[Int]"))));
        Assert.Equal("3", Print(ValueToLiteralConverter.ToLiteral(3, Type("[Int]"))));
        Assert.Equal("RED", Print(ValueToLiteralConverter.ToLiteral("RED", Type("Color"))));
        Assert.Equal("null", Print(ValueToLiteralConverter.ToLiteral(null, Type("Int"))));
        Assert.Throws<ArgumentException>(() => ValueToLiteralConverter.ToLiteral(null, Type("Int!")));
    }

    [Fact]
    public void Converts_clr_values_to_untyped_literals_and_back()
    {
        var value = new Dictionary<string, object?>
        {
            ["s"] = "x",
            ["b"] = true,
            ["i"] = 5,
            ["d"] = 2.5m,
            ["e"] = DayOfWeek.Monday,
            ["l"] = new object?[] { 1L, null },
        };

        var literal = ValueToLiteralConverter.FromObject(value);

        Assert.Equal("{ s: \"x\", b: true, i: 5, d: 2.5, e: Monday, l: [1, null] }", Print(literal));
        var back = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(LiteralToValueConverter.ToObject(literal));
        Assert.Equal(5L, back["i"]);
        Assert.Equal(2.5m, back["d"]);
        Assert.Equal("Monday", back["e"]);
        Assert.Equal(new object?[] { 1L, null }, back["l"]);
    }

    private static string Print(IValueNode node) => SyntaxPrinter.Print(node, indented: false);
}
