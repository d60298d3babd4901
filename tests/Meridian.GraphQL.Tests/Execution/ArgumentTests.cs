using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class ArgumentTests
{
    private const string Sdl = """
        type Query {
          greet(name: String = "world", times: Int = 1): String
          sum(values: [Int!]!): Int
          required(id: ID!): ID
          kind(value: Color): String
          literal(value: Filter): String
        }
        enum Color { RED GREEN }
        input Filter { name: String }
        """;

    /// <summary>Without validation when <paramref name="validate"/> is false: the executor's own checks answer then.</summary>
    private static Task<IRequestExecutor> CreateAsync(bool validate = true) =>
        TestExecutor.CreateAsync(Sdl, validate: validate, configure: b => b.ConfigureSchema(s => s
            .BindPureResolver("Query", "greet", c => string.Concat(Enumerable.Repeat("hello " + c.ArgumentValue<string>("name") + ";", c.ArgumentValue<int>("times"))))
            .BindPureResolver("Query", "sum", c => c.ArgumentValue<int[]>("values").Sum())
            .BindPureResolver("Query", "required", c => c.ArgumentValue<string>("id"))
            .BindPureResolver("Query", "kind", c => c.ArgumentKind("value") + ":" + c.ArgumentValue<string>("value"))
            .BindPureResolver("Query", "literal", c => Meridian.Language.SyntaxPrinter.Print(c.ArgumentLiteral("value"), indented: false))));

    [Fact]
    public async Task Defaults_apply_to_arguments_not_given()
    {
        var executor = await CreateAsync();
        Assert.Equal("""{"data":{"greet":"hello world;"}}""", await executor.RunAsync("{ greet }"));
        Assert.Equal("""{"data":{"greet":"hello you;hello you;"}}""", await executor.RunAsync("{ greet(name: \"you\", times: 2) }"));
    }

    [Fact]
    public async Task Lists_read_as_arrays_and_single_values_as_lists_of_one()
    {
        var executor = await CreateAsync();
        Assert.Equal("""{"data":{"sum":6}}""", await executor.RunAsync("{ sum(values: [1, 2, 3]) }"));
        Assert.Equal("""{"data":{"sum":4}}""", await executor.RunAsync("{ sum(values: 4) }"));
        Assert.Equal("""{"data":{"sum":5}}""", await executor.RunAsync("query($v: [Int!]!) { sum(values: $v) }", TestExecutor.Variables("""{"v":[2,3]}""")));
    }

    [Fact]
    public async Task Invalid_literal_is_an_argument_error_at_the_field()
    {
        Assert.Contains("\"code\":\"VALUE_INVALID\"", await (await CreateAsync()).RunAsync("{ greet(times: \"x\") }"));
        var executor = await CreateAsync(validate: false);
        var json = await executor.RunAsync("{ greet(times: \"x\") kind(value: RED) }");
        Assert.Equal(
            """{"errors":[{"message":"Argument \"times\" has invalid value \"x\": Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":16}],"path":["greet"],"extensions":{"code":"ARGUMENT_VALUE_INVALID"}}],"data":{"greet":null,"kind":"Enum:RED"}}""",
            json);
    }

    [Fact]
    public async Task Missing_required_argument_is_an_argument_error()
    {
        var executor = await CreateAsync(validate: false);
        var json = await executor.RunAsync("{ required }");
        Assert.Contains("Argument \\\"id\\\" of required type \\\"ID!\\\" was not provided.", json);
        Assert.Contains("ARGUMENT_VALUE_INVALID", json);
    }

    [Fact]
    public async Task Required_argument_given_an_absent_variable_is_an_argument_error()
    {
        var executor = await CreateAsync(validate: false);
        var json = await executor.RunAsync("query($id: ID) { required(id: $id) }");
        Assert.Contains("was provided the variable \\\"$id\\\" which was not provided a runtime value.", json);
    }

    [Fact]
    public async Task Argument_literal_has_variables_replaced_by_their_values()
    {
        var executor = await CreateAsync();
        Assert.Equal(
            """{"data":{"literal":"{ name: \"v\" }"}}""",
            await executor.RunAsync("query($n: String) { literal(value: { name: $n }) }", TestExecutor.Variables("""{"n":"v"}""")));
        Assert.Equal("""{"data":{"kind":"Enum:GREEN"}}""", await executor.RunAsync("query($c: Color) { kind(value: $c) }", TestExecutor.Variables("""{"c":"GREEN"}""")));
    }

    [Fact]
    public async Task Absent_arguments_are_told_apart_from_explicit_nulls()
    {
        // Only arguments in the coerced argument values are listed: given (a variable only when the request sent it)
        // or defaulted. An explicit null is a value; an argument nobody gave is not there at all.
        var executor = await TestExecutor.CreateAsync(
            "type Query { present(a: Int, b: Int, c: Int = 3, d: Int): String }",
            b => b.BindPureResolver("Query", "present", c => string.Join(",", c.Field.Arguments
                .Where(a => c.HasArgumentValue(a.Name))
                .Select(a => a.Name + "=" + (c.ArgumentValue<int?>(a.Name)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")))));

        Assert.Equal("""{"data":{"present":"a=1,b=null,c=3"}}""", await executor.RunAsync("query($d: Int) { present(a: 1, b: null, d: $d) }"));
        Assert.Equal(
            """{"data":{"present":"c=3,d=null"}}""",
            await executor.RunAsync("query($d: Int) { present(d: $d) }", TestExecutor.Variables("""{"d":null}""")));
        Assert.Equal("""{"data":{"present":"c=3,d=4"}}""", await executor.RunAsync("query($d: Int = 4) { present(d: $d) }"));
    }
}
