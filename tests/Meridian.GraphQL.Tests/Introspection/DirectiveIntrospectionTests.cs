using System.Text.Json;

namespace Meridian.Introspection.Tests;

/// <summary>The fields of <c>__Directive</c>.</summary>
public sealed class DirectiveIntrospectionTests
{
    [Fact]
    public async Task A_repeatable_custom_directive()
    {
        var directive = await GetDirectiveAsync("audience", "description isRepeatable locations args { name description type { kind } defaultValue }");

        Assert.Equal(
            """{"name":"audience","description":"Shows a member only to the listed audiences; may be applied more than once.","isRepeatable":true,"locations":["OBJECT","FIELD_DEFINITION","INTERFACE","ENUM_VALUE"],"args":[{"name":"names","description":"Who sees the member.","type":{"kind":"NON_NULL"},"defaultValue":"[\"public\"]"}]}""",
            directive.GetRawText());
    }

    [Fact]
    public async Task An_executable_directive_that_is_not_repeatable()
    {
        var directive = await GetDirectiveAsync("cached", "isRepeatable locations args { name defaultValue }");

        Assert.Equal(
            """{"name":"cached","isRepeatable":false,"locations":["FIELD","QUERY"],"args":[{"name":"maxAge","defaultValue":"60"},{"name":"scope","defaultValue":"PUBLIC"}]}""",
            directive.GetRawText());
    }

    [Fact]
    public async Task Built_in_deprecated_directive()
    {
        var directive = await GetDirectiveAsync("deprecated", "locations args(includeDeprecated: true) { name type { kind ofType { name } } defaultValue isDeprecated }");

        Assert.Equal(
            """{"name":"deprecated","locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE"],"args":[{"name":"reason","type":{"kind":"NON_NULL","ofType":{"name":"String"}},"defaultValue":"\"No longer supported\"","isDeprecated":false}]}""",
            directive.GetRawText());
    }

    [Fact]
    public async Task Args_of_a_directive_leave_out_deprecated_arguments_unless_asked_for_them()
    {
        var executor = await TestExecutor.CreateAsync(
            """
            directive @limit(max: Int, maximum: Int @deprecated(reason: "Use `max`.")) on FIELD
            type Query { a: Int }
            """);

        var data = await executor.ExecuteDataAsync("{ __schema { directives { name active: args { name } all: args(includeDeprecated: true) { name } } } }");

        var limit = data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "limit");
        Assert.Equal(["max"], limit.GetProperty("active").Names());
        Assert.Equal(["max", "maximum"], limit.GetProperty("all").Names());
    }

    [Fact]
    public async Task Directive_without_arguments_has_an_empty_args_list()
    {
        var directive = await GetDirectiveAsync("oneOf", "args { name } locations");

        Assert.Equal("""{"name":"oneOf","args":[],"locations":["INPUT_OBJECT"]}""", directive.GetRawText());
    }

    private static async Task<JsonElement> GetDirectiveAsync(string name, string selections)
    {
        var executor = await TestExecutor.GetEveryKindAsync();
        var data = await executor.ExecuteDataAsync($"{{ __schema {{ directives {{ name {selections} }} }} }}");
        return data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == name);
    }
}
