using System.Text.Json;
using static Meridian.Introspection.Tests.TypeIntrospectionTests;

namespace Meridian.Introspection.Tests;

/// <summary>The fields of <c>__InputValue</c>, for arguments and input fields.</summary>
public sealed class InputValueIntrospectionTests
{
    [Theory]
    [InlineData("first", "10")]
    [InlineData("from", null)]
    [InlineData("filter", """{ status: [OPEN], window: { days: 7, label: "next week" } }""")]
    public async Task Default_values_of_arguments_are_printed_as_graphql_literals(string argument, string? expected)
    {
        var field = await GetFieldAsync("Provider", "slots", "args { name defaultValue }");

        var arg = field.GetProperty("args").EnumerateArray().Single(a => a.GetProperty("name").GetString() == argument);
        Assert.Equal(expected, arg.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public async Task Default_values_of_every_literal_kind()
    {
        var field = await GetFieldAsync("Provider", "tags", "args { name defaultValue }");
        var window = await GetTypeAsync("TimeWindow", "inputFields { name defaultValue }");
        var filter = await GetTypeAsync("SlotFilter", "inputFields { name defaultValue }");

        Assert.Equal(
            """[{"name":"prefix","defaultValue":"null"},{"name":"limit","defaultValue":"-1"},{"name":"weight","defaultValue":"2.5e-3"}]""",
            field.GetProperty("args").GetRawText());
        Assert.Equal(
            """[{"name":"days","defaultValue":"1"},{"name":"hours","defaultValue":"1.5"},{"name":"label","defaultValue":"\"default \\\"quoted\\\" — ok\""},{"name":"strict","defaultValue":"false"}]""",
            window.GetProperty("inputFields").GetRawText());
        var defaults = filter.GetProperty("inputFields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("defaultValue").GetString());
        Assert.Equal("[OPEN, BOOKED]", defaults["status"]);
        Assert.Equal("""[["a", "b"], []]""", defaults["tags"]);
        Assert.Null(defaults["window"]);
    }

    [Fact]
    public async Task Long_default_values_break_over_lines_as_graphql_js_prints_them()
    {
        var filter = await GetTypeAsync("SlotFilter", "inputFields { name defaultValue }");

        var providerIds = filter.GetProperty("inputFields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "providerIds");
        Assert.Equal(
            "[\n  \"provider-0001\"\n  \"provider-0002\"\n  \"provider-0003\"\n  \"provider-0004\"\n  \"provider-0005\"\n]",
            providerIds.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public async Task Default_values_given_in_code_are_printed_from_the_runtime_value()
    {
        var executor = await TestExecutor.CreateAsync(builder => builder
            .AddTypeDefinitions("type Query { list(ids: [Int!], mode: Mode): [Int] } enum Mode { FAST SLOW }")
            .OnBeforeComplete(context =>
            {
                context.TryGetType<Types.ObjectTypeConfiguration>("Query", out var query);
                var list = query!.FindField("list")!;
                list.FindArgument("ids")!.RuntimeDefaultValue = new[] { 1, 2 };
                list.FindArgument("mode")!.RuntimeDefaultValue = "SLOW";
            }));

        var data = await executor.ExecuteDataAsync("""{ __type(name: "Query") { fields { args { name defaultValue } } } }""");

        Assert.Equal(
            """[{"name":"ids","defaultValue":"[1, 2]"},{"name":"mode","defaultValue":"SLOW"}]""",
            data.GetProperty("__type").GetProperty("fields")[0].GetProperty("args").GetRawText());
    }

    [Fact]
    public async Task Name_description_and_type()
    {
        var field = await GetFieldAsync("Provider", "slots", "args { name description type { kind ofType { name } } }");

        Assert.Equal(
            """{"name":"from","description":"The first day to list.","type":{"kind":"NON_NULL","ofType":{"name":"DateTime"}}}""",
            field.GetProperty("args")[0].GetRawText());
    }

    [Fact]
    public async Task Deprecation_of_arguments_and_input_fields()
    {
        var field = await GetFieldAsync("Provider", "slots", "args(includeDeprecated: true) { name isDeprecated deprecationReason }");
        var filter = await GetTypeAsync("SlotFilter", "inputFields(includeDeprecated: true) { name isDeprecated deprecationReason }");

        var legacy = field.GetProperty("args").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "legacyFilter");
        Assert.Equal("""{"name":"legacyFilter","isDeprecated":true,"deprecationReason":"Use `filter`."}""", legacy.GetRawText());
        Assert.Equal("""{"name":"from","isDeprecated":false,"deprecationReason":null}""", field.GetProperty("args")[0].GetRawText());
        var onlyOpen = filter.GetProperty("inputFields").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "onlyOpen");
        Assert.Equal("""{"name":"onlyOpen","isDeprecated":true,"deprecationReason":"Use `status`."}""", onlyOpen.GetRawText());
    }

    [Fact]
    public async Task Input_fields_of_a_one_of_input_object_are_nullable_without_defaults()
    {
        var lookup = await GetTypeAsync("ProviderLookup", "inputFields { name type { kind name } defaultValue }");

        Assert.Equal(
            """[{"name":"id","type":{"kind":"SCALAR","name":"ID"},"defaultValue":null},{"name":"email","type":{"kind":"SCALAR","name":"String"},"defaultValue":null}]""",
            lookup.GetProperty("inputFields").GetRawText());
        Assert.Equal(JsonValueKind.Array, lookup.GetProperty("inputFields").ValueKind);
    }
}
