using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

/// <summary>§6.1.2 CoerceVariableValues and the input coercion rules behind it, answered through the pipeline.</summary>
public sealed class VariableCoercionTests
{
    private const string Sdl = """
        type Query {
          echo(value: String): String
          int(value: Int): String
          ints(values: [Int]): String
          matrix(values: [[Int]]): String
          required(value: Int!): String
          withDefault(value: Int = 42): String
          input(value: Filter): String
          pick(by: Selector): String
        }
        input Filter { name: String! limit: Int = 10 tags: [String!] }
        input Selector @oneOf { id: ID name: String }
        """;

    private static Task<IRequestExecutor> CreateAsync(bool validate = true) =>
        TestExecutor.CreateAsync(Sdl, validate: validate, configure: b => b.ConfigureSchema(s =>
        {
            foreach (var field in new[] { "echo", "int", "ints", "matrix", "required", "withDefault" })
            {
                s.BindPureResolver("Query", field, Describe("value", "values"));
            }

            s.BindPureResolver("Query", "input", Describe("value"));
            s.BindPureResolver("Query", "pick", Describe("by"));
        }));

    /// <summary>Shows what the resolver received: the argument's kind of presence and its coerced value.</summary>
    private static PureFieldDelegate Describe(params string[] names) => context =>
    {
        foreach (var name in names)
        {
            if (context.Field.Arguments.ContainsField(name))
            {
                return Inspect(context.ArgumentValue<object?>(name));
            }
        }

        return "?";
    };

    private static string Inspect(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        object?[] items => "[" + string.Join(",", items.Select(Inspect)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(e => e.Key + ":" + Inspect(e.Value))) + "}",
        _ => value.ToString()!,
    };

    private static async Task<string> RunAsync(string document, string variables)
    {
        var executor = await CreateAsync();
        return await executor.RunAsync(document, TestExecutor.Variables(variables));
    }

    [Fact]
    public async Task Value_is_coerced_to_the_declared_type()
    {
        Assert.Equal("""{"data":{"int":"7"}}""", await RunAsync("query($v: Int) { int(value: $v) }", """{"v":7}"""));
    }

    [Fact]
    public async Task Single_value_for_a_list_variable_becomes_a_list_of_one()
    {
        Assert.Equal("""{"data":{"ints":"[7]"}}""", await RunAsync("query($v: [Int]) { ints(values: $v) }", """{"v":7}"""));
        Assert.Equal("""{"data":{"matrix":"[[7]]"}}""", await RunAsync("query($v: [[Int]]) { matrix(values: $v) }", """{"v":7}"""));
    }

    [Fact]
    public async Task Absent_variable_without_default_leaves_the_argument_absent_so_its_default_applies()
    {
        Assert.Equal("""{"data":{"withDefault":"42"}}""", await RunAsync("query($v: Int) { withDefault(value: $v) }", "{}"));
    }

    [Fact]
    public async Task Explicit_null_variable_overrides_the_argument_default()
    {
        Assert.Equal("""{"data":{"withDefault":"null"}}""", await RunAsync("query($v: Int) { withDefault(value: $v) }", """{"v":null}"""));
    }

    [Fact]
    public async Task Variable_default_applies_when_absent_and_may_be_null()
    {
        Assert.Equal("""{"data":{"int":"5"}}""", await RunAsync("query($v: Int = 5) { int(value: $v) }", "{}"));
        Assert.Equal("""{"data":{"withDefault":"null"}}""", await RunAsync("query($v: Int = null) { withDefault(value: $v) }", "{}"));
        Assert.Equal("""{"data":{"int":"null"}}""", await RunAsync("query($v: Int = 5) { int(value: $v) }", """{"v":null}"""));
    }

    [Fact]
    public async Task Non_null_variable_must_be_provided()
    {
        using var result = await (await CreateAsync()).ExecuteOperationAsync("query($v: Int!) { required(value: $v) }", TestExecutor.Variables("{}"));
        Assert.True(result.IsRequestError);
        Assert.False(result.HasData);
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$v\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":7}],"extensions":{"code":"VARIABLE_VALUE_INVALID"}}]}""",
            result.ToJson());
    }

    [Fact]
    public async Task Non_null_variable_must_not_be_null()
    {
        var json = await RunAsync("query($v: Int!) { required(value: $v) }", """{"v":null}""");
        Assert.Contains("Variable \\\"$v\\\" of non-null type \\\"Int!\\\" must not be null.", json);
    }

    [Fact]
    public async Task Invalid_value_names_the_value_and_the_reason()
    {
        var json = await RunAsync("query($v: Int) { int(value: $v) }", """{"v":"abc"}""");
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$v\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":7}],"extensions":{"code":"VARIABLE_VALUE_INVALID"}}]}""",
            json);
        json = await RunAsync("query($v: Int) { int(value: $v) }", """{"v":2147483648}""");
        Assert.Contains("Int cannot represent non 32-bit signed integer value: 2147483648", json);
    }

    [Fact]
    public async Task Invalid_value_deep_in_an_input_names_its_path()
    {
        var json = await RunAsync("query($v: Filter) { input(value: $v) }", """{"v":{"name":"n","tags":["a",null]}}""");
        Assert.Contains("Variable \\\"$v\\\" got invalid value null at \\\"v.tags[1]\\\"; Expected non-nullable type \\\"String!\\\" not to be null.", json);
    }

    [Fact]
    public async Task Input_object_fields_get_defaults_and_missing_required_fields_fail()
    {
        Assert.Equal(
            """{"data":{"input":"{name:\"n\",tags:[\"t\"],limit:10}"}}""",
            await RunAsync("query($v: Filter) { input(value: $v) }", """{"v":{"name":"n","tags":"t"}}"""));
        var json = await RunAsync("query($v: Filter) { input(value: $v) }", """{"v":{"limit":1}}""");
        Assert.Contains("Field \\\"name\\\" of required type \\\"String!\\\" was not provided.", json);
        json = await RunAsync("query($v: Filter) { input(value: $v) }", """{"v":{"name":"n","size":1}}""");
        Assert.Contains("Field \\\"size\\\" is not defined by type \\\"Filter\\\".", json);
    }

    [Fact]
    public async Task One_of_input_needs_exactly_one_non_null_field()
    {
        Assert.Equal("""{"data":{"pick":"{id:\"1\"}"}}""", await RunAsync("query($v: Selector) { pick(by: $v) }", """{"v":{"id":"1"}}"""));
        var json = await RunAsync("query($v: Selector) { pick(by: $v) }", """{"v":{"id":"1","name":"x"}}""");
        Assert.Contains("Exactly one key must be specified for OneOf type \\\"Selector\\\".", json);
        json = await RunAsync("query($v: Selector) { pick(by: $v) }", """{"v":{"id":null}}""");
        Assert.Contains("Field \\\"id\\\" must be non-null.", json);
    }

    [Fact]
    public async Task Variables_inside_literals_are_replaced_and_absent_ones_are_omitted()
    {
        Assert.Equal(
            """{"data":{"input":"{name:\"x\",limit:3}"}}""",
            await RunAsync("query($n: String!, $l: Int) { input(value: { name: $n, limit: $l }) }", """{"n":"x","l":3}"""));
        Assert.Equal(
            """{"data":{"input":"{name:\"x\",limit:10}"}}""",
            await RunAsync("query($n: String!, $l: Int) { input(value: { name: $n, limit: $l }) }", """{"n":"x"}"""));
        Assert.Equal(
            """{"data":{"ints":"[1,null]"}}""",
            await RunAsync("query($a: Int, $b: Int) { ints(values: [$a, $b]) }", """{"a":1}"""));
    }

    [Fact]
    public async Task Every_failing_variable_is_reported()
    {
        var executor = await CreateAsync();
        using var result = await executor.ExecuteOperationAsync("query($a: Int!, $b: Int, $c: String) { int(value: $b) required(value: $a) echo(value: $c) }", TestExecutor.Variables("""{"b":true,"c":1}"""));
        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("VARIABLE_VALUE_INVALID", e.Code));
    }

    [Fact]
    public async Task Unknown_variable_type_is_reported()
    {
        var json = await (await CreateAsync(validate: false)).RunAsync("query($v: Nope) { int(value: 1) }", TestExecutor.Variables("{}"));
        Assert.Contains("Variable \\\"$v\\\" expected value of type \\\"Nope\\\" which cannot be used as an input type.", json);
    }
}
