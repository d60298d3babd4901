using System.Text.Json;
using static Meridian.Introspection.Tests.TypeIntrospectionTests;

namespace Meridian.Introspection.Tests;

/// <summary>The fields of <c>__Field</c>.</summary>
public sealed class FieldIntrospectionTests
{
    [Fact]
    public async Task Name_description_and_type()
    {
        var field = await GetFieldAsync("Provider", "slots", "description type { kind ofType { kind ofType { kind ofType { kind name } } } }");

        Assert.Equal("The provider's bookable slots.", field.GetProperty("description").GetString());
        Assert.Equal(
            """{"kind":"NON_NULL","ofType":{"kind":"LIST","ofType":{"kind":"NON_NULL","ofType":{"kind":"OBJECT","name":"Slot"}}}}""",
            field.GetProperty("type").GetRawText());
    }

    [Fact]
    public async Task Description_is_null_when_there_is_none()
    {
        var field = await GetFieldAsync("Provider", "name", "description");

        Assert.Equal(JsonValueKind.Null, field.GetProperty("description").ValueKind);
    }

    [Fact]
    public async Task Args_leave_out_deprecated_arguments_unless_asked_for_them()
    {
        var field = await GetFieldAsync("Provider", "slots", "active: args { name } all: args(includeDeprecated: true) { name }");

        Assert.Equal(["from", "first", "filter", "after"], field.GetProperty("active").Names());
        Assert.Equal(["from", "first", "legacyFilter", "filter", "after"], field.GetProperty("all").Names());
    }

    [Fact]
    public async Task Args_are_an_empty_list_for_a_field_without_arguments()
    {
        var field = await GetFieldAsync("Provider", "name", "args { name }");

        Assert.Empty(field.GetProperty("args").EnumerateArray());
    }

    [Theory]
    [InlineData("name", false, null)]
    [InlineData("displayName", true, "Use `name`.")]
    [InlineData("tags", true, "No longer supported")]
    public async Task Deprecation(string fieldName, bool isDeprecated, string? reason)
    {
        var field = await GetFieldAsync("Provider", fieldName, "isDeprecated deprecationReason");

        Assert.Equal(isDeprecated, field.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal(reason, field.GetProperty("deprecationReason").GetString());
    }
}
