using System.Text.Json;

namespace Meridian.Introspection.Tests;

/// <summary><c>__type(name:)</c> and the fields of <c>__Type</c>, for every kind of type.</summary>
public sealed class TypeIntrospectionTests
{
    [Theory]
    [InlineData("DateTime", "SCALAR")]
    [InlineData("Provider", "OBJECT")]
    [InlineData("Node", "INTERFACE")]
    [InlineData("SearchResult", "UNION")]
    [InlineData("SlotStatus", "ENUM")]
    [InlineData("SlotFilter", "INPUT_OBJECT")]
    public async Task Kind_of_named_types(string name, string kind)
    {
        var type = await GetTypeAsync(name, "kind name");

        Assert.Equal(kind, type.GetProperty("kind").GetString());
        Assert.Equal(name, type.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unknown_type_name_gives_null()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var data = await executor.ExecuteDataAsync("""{ __type(name: "Nope") { name } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("__type").ValueKind);
    }

    [Fact]
    public async Task Wrapper_types_have_a_kind_and_of_type_but_no_name_nor_description()
    {
        // The nine levels of ofType that the TypeRef fragment of the introspection query reads.
        var ofTypes = string.Concat(Enumerable.Repeat("ofType { kind name ", 9)) + new string('}', 9);
        var field = await GetFieldAsync("BookingQuery", "deepest", $"type {{ kind name description {ofTypes} }}");

        var kinds = new List<string?>();
        var type = field.GetProperty("type");
        Assert.Equal(JsonValueKind.Null, type.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, type.GetProperty("description").ValueKind);
        while (true)
        {
            kinds.Add(type.GetProperty("kind").GetString());
            if (!type.TryGetProperty("ofType", out type) || type.ValueKind != JsonValueKind.Object)
            {
                break;
            }
        }

        Assert.Equal(["NON_NULL", "LIST", "NON_NULL", "LIST", "NON_NULL", "LIST", "NON_NULL", "LIST", "NON_NULL", "SCALAR"], kinds);
    }

    [Fact]
    public async Task Of_type_is_null_for_named_types()
    {
        var type = await GetTypeAsync("Provider", "ofType { name }");

        Assert.Equal(JsonValueKind.Null, type.GetProperty("ofType").ValueKind);
    }

    [Fact]
    public async Task Description_of_a_named_type()
    {
        var type = await GetTypeAsync("Provider", "description");

        Assert.Equal(
            "Someone who offers appointments: a person or a room.\n\nProviders have \"slots\" — times that can be booked — in their time zone (e.g. Europe/Zürich).",
            type.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Specified_by_url_is_set_for_a_scalar_with_specified_by_and_null_otherwise()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var data = await executor.ExecuteDataAsync(
            """{ dateTime: __type(name: "DateTime") { specifiedByURL } cursor: __type(name: "Cursor") { specifiedByURL } string: __type(name: "String") { specifiedByURL } provider: __type(name: "Provider") { specifiedByURL } }""");

        Assert.Equal(
            """{"dateTime":{"specifiedByURL":"https://scalars.graphql.org/chillicream/date-time.html"},"cursor":{"specifiedByURL":null},"string":{"specifiedByURL":null},"provider":{"specifiedByURL":null}}""",
            data.GetRawText());
    }

    [Fact]
    public async Task Fields_leave_out_deprecated_fields_unless_asked_for_them()
    {
        var type = await GetTypeAsync("Provider", "active: fields { name } all: fields(includeDeprecated: true) { name } explicit: fields(includeDeprecated: false) { name }");

        Assert.Equal(["id", "createdAt", "name", "slots"], type.GetProperty("active").Names());
        Assert.Equal(["id", "createdAt", "name", "slots"], type.GetProperty("explicit").Names());
        Assert.Equal(["id", "createdAt", "name", "displayName", "slots", "tags"], type.GetProperty("all").Names());
    }

    [Fact]
    public async Task Query_type_fields_do_not_include_the_meta_fields()
    {
        var type = await GetTypeAsync("BookingQuery", "fields(includeDeprecated: true) { name }");

        Assert.Equal(["node", "provider", "search", "matrix", "deepest"], type.GetProperty("fields").Names());
    }

    [Theory]
    [InlineData("DateTime")]
    [InlineData("SearchResult")]
    [InlineData("SlotStatus")]
    [InlineData("SlotFilter")]
    public async Task Fields_and_interfaces_are_null_for_types_other_than_objects_and_interfaces(string name)
    {
        var type = await GetTypeAsync(name, "fields { name } interfaces { name }");

        Assert.Equal(JsonValueKind.Null, type.GetProperty("fields").ValueKind);
        Assert.Equal(JsonValueKind.Null, type.GetProperty("interfaces").ValueKind);
    }

    [Fact]
    public async Task Interfaces_of_objects_and_of_interfaces_implementing_interfaces()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var data = await executor.ExecuteDataAsync(
            """{ provider: __type(name: "Provider") { interfaces { name kind } } resource: __type(name: "Resource") { interfaces { name } } node: __type(name: "Node") { interfaces { name } } }""");

        Assert.Equal(["Resource", "Node"], data.GetProperty("provider").GetProperty("interfaces").Names());
        Assert.Equal("INTERFACE", data.GetProperty("provider").GetProperty("interfaces")[0].GetProperty("kind").GetString());
        Assert.Equal(["Node"], data.GetProperty("resource").GetProperty("interfaces").Names());
        Assert.Empty(data.GetProperty("node").GetProperty("interfaces").EnumerateArray());
    }

    [Fact]
    public async Task Possible_types_of_interfaces_and_unions_and_null_for_others()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var data = await executor.ExecuteDataAsync(
            """{ node: __type(name: "Node") { possibleTypes { name } } resource: __type(name: "Resource") { possibleTypes { name } } union: __type(name: "BookingError") { possibleTypes { name } } object: __type(name: "Slot") { possibleTypes { name } } }""");

        Assert.Equal(["Provider", "Slot"], data.GetProperty("node").GetProperty("possibleTypes").Names());
        Assert.Equal(["Provider"], data.GetProperty("resource").GetProperty("possibleTypes").Names());
        Assert.Equal(["SlotTakenError", "SlotClosedError"], data.GetProperty("union").GetProperty("possibleTypes").Names());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("object").GetProperty("possibleTypes").ValueKind);
    }

    [Fact]
    public async Task Enum_values_leave_out_deprecated_values_unless_asked_for_them()
    {
        var type = await GetTypeAsync("SlotStatus", "active: enumValues { name } all: enumValues(includeDeprecated: true) { name } fields { name }");

        Assert.Equal(["OPEN", "BOOKED"], type.GetProperty("active").Names());
        Assert.Equal(["OPEN", "BOOKED", "RESERVED", "CLOSED"], type.GetProperty("all").Names());
        Assert.Equal(JsonValueKind.Null, type.GetProperty("fields").ValueKind);
    }

    [Fact]
    public async Task Enum_values_and_input_fields_are_null_for_other_kinds()
    {
        var type = await GetTypeAsync("Provider", "enumValues { name } inputFields { name } isOneOf");

        Assert.Equal("""{"enumValues":null,"inputFields":null,"isOneOf":null}""", type.GetRawText());
    }

    [Fact]
    public async Task Input_fields_leave_out_deprecated_fields_unless_asked_for_them()
    {
        var type = await GetTypeAsync("SlotFilter", "active: inputFields { name } all: inputFields(includeDeprecated: true) { name }");

        Assert.Equal(["status", "window", "tags", "providerIds", "window2"], type.GetProperty("active").Names());
        Assert.Equal(["status", "window", "onlyOpen", "tags", "providerIds", "window2"], type.GetProperty("all").Names());
    }

    [Fact]
    public async Task Is_one_of_tells_one_of_input_objects_from_others()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var data = await executor.ExecuteDataAsync(
            """{ lookup: __type(name: "ProviderLookup") { isOneOf } filter: __type(name: "SlotFilter") { isOneOf } }""");

        Assert.Equal("""{"lookup":{"isOneOf":true},"filter":{"isOneOf":false}}""", data.GetRawText());
    }

    [Fact]
    public async Task Introspection_types_describe_themselves()
    {
        var type = await GetTypeAsync("__Type", "fields { name args { name type { kind ofType { name } } defaultValue } }");

        var fields = type.GetProperty("fields");
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            fields.Names());
        var includeDeprecated = fields[4].GetProperty("args")[0];
        Assert.Equal("""{"name":"includeDeprecated","type":{"kind":"NON_NULL","ofType":{"name":"Boolean"}},"defaultValue":"false"}""", includeDeprecated.GetRawText());
    }

    [Fact]
    public async Task Typename_of_introspection_objects()
    {
        var executor = await TestExecutor.GetEveryKindAsync();

        var data = await executor.ExecuteDataAsync("""{ __schema { __typename queryType { __typename fields { __typename } } } }""");

        Assert.Equal("__Schema", data.GetProperty("__schema").GetProperty("__typename").GetString());
        Assert.Equal("__Type", data.GetProperty("__schema").GetProperty("queryType").GetProperty("__typename").GetString());
        Assert.Equal("__Field", data.GetProperty("__schema").GetProperty("queryType").GetProperty("fields")[0].GetProperty("__typename").GetString());
    }

    internal static async Task<JsonElement> GetTypeAsync(string name, string selections)
    {
        var executor = await TestExecutor.GetEveryKindAsync();
        var data = await executor.ExecuteDataAsync($$"""{ __type(name: "{{name}}") { {{selections}} } }""");
        return data.GetProperty("__type");
    }

    internal static async Task<JsonElement> GetFieldAsync(string typeName, string fieldName, string selections)
    {
        var type = await GetTypeAsync(typeName, $"fields(includeDeprecated: true) {{ name {selections} }}");
        return type.GetProperty("fields").EnumerateArray().Single(field => field.GetProperty("name").GetString() == fieldName);
    }
}
