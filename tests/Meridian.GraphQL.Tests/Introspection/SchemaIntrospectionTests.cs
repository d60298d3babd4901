namespace Meridian.Introspection.Tests;

/// <summary><c>__schema</c> and the fields of <c>__Schema</c>.</summary>
public sealed class SchemaIntrospectionTests
{
    [Fact]
    public async Task Description_is_the_schema_description()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var data = await executor.ExecuteDataAsync("{ __schema { description } }");

        Assert.Equal(
            "The booking test schema: every kind of type, with descriptions everywhere.\nIt spans two lines.",
            data.GetProperty("__schema").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Root_types_are_the_named_root_types()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var schema = (await executor.ExecuteDataAsync(
            "{ __schema { queryType { kind name } mutationType { name } subscriptionType { name } } }")).GetProperty("__schema");

        Assert.Equal("OBJECT", schema.GetProperty("queryType").GetProperty("kind").GetString());
        Assert.Equal("BookingQuery", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("BookingMutation", schema.GetProperty("mutationType").GetProperty("name").GetString());
        Assert.Equal("BookingSubscription", schema.GetProperty("subscriptionType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Missing_root_types_and_description_are_null()
    {
        var executor = await TestExecutor.CreateAsync("type Query { a: Int }");

        var schema = (await executor.ExecuteDataAsync(
            "{ __schema { description mutationType { name } subscriptionType { name } } }")).GetProperty("__schema");

        Assert.Equal("""{"description":null,"mutationType":null,"subscriptionType":null}""", schema.GetRawText());
    }

    [Fact]
    public async Task Types_list_every_named_type_once_with_the_introspection_types_after_the_declared_ones()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var names = (await executor.ExecuteDataAsync("{ __schema { types { name } } }")).GetProperty("__schema").GetProperty("types").Names();

        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.Equal(executor.Schema.Types.Select(t => t.Name), names);
        // Declared types, then the introspection types; the specified scalars follow where they are first referenced.
        string[] specifiedScalars = ["String", "Int", "Float", "Boolean", "ID"];
        Assert.Equal(
            ["SlotTakenError", "SlotClosedError", "BookingSubscription", "__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation"],
            names.Where(name => !specifiedScalars.Contains(name)).TakeLast(11));
        Assert.Contains("Boolean", names);
    }

    [Fact]
    public async Task Introspection_types_are_in_a_schema_that_uses_no_boolean_itself()
    {
        var executor = await TestExecutor.CreateAsync("type Query { a: Int }");

        var data = await executor.ExecuteDataAsync("""{ boolean: __type(name: "Boolean") { kind } schema: __type(name: "__Schema") { kind } }""");

        Assert.Equal("""{"boolean":{"kind":"SCALAR"},"schema":{"kind":"OBJECT"}}""", data.GetRawText());
    }

    [Fact]
    public async Task Directives_list_the_built_in_directives_first_then_the_schema_s_own()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var names = (await executor.ExecuteDataAsync("{ __schema { directives { name } } }")).GetProperty("__schema").GetProperty("directives").Names();

        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf", "audience", "cached", "internalOnly"], names);
    }
}
