using static Meridian.Introspection.Tests.TypeIntrospectionTests;

namespace Meridian.Introspection.Tests;

/// <summary>The fields of <c>__EnumValue</c>.</summary>
public sealed class EnumValueIntrospectionTests
{
    [Fact]
    public async Task Name_description_and_deprecation_of_every_value()
    {
        var type = await GetTypeAsync("SlotStatus", "enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }");

        Assert.Equal(
            """
            [{"name":"OPEN","description":"The slot can be booked.","isDeprecated":false,"deprecationReason":null},{"name":"BOOKED","description":"Someone booked the slot.","isDeprecated":false,"deprecationReason":null},{"name":"RESERVED","description":"The earlier name of BOOKED.","isDeprecated":true,"deprecationReason":"Use `BOOKED`."},{"name":"CLOSED","description":null,"isDeprecated":true,"deprecationReason":"No longer supported"}]
            """,
            type.GetProperty("enumValues").GetRawText());
    }

    [Fact]
    public async Task Type_kind_and_directive_location_enums_list_the_specification_s_values()
    {
        var kinds = await GetTypeAsync("__TypeKind", "enumValues { name }");
        var locations = await GetTypeAsync("__DirectiveLocation", "enumValues { name }");

        Assert.Equal(["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"], kinds.GetProperty("enumValues").Names());
        Assert.Equal(
            [
                "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
                "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE",
                "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
            ],
            locations.GetProperty("enumValues").Names());
    }
}
