using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.Types;

public sealed class EnumTypeTests
{
    [Fact]
    public void String_runtime_values_by_default()
    {
        var color = SchemaBuilder.New().AddTypeDefinitions("type Query { a: Color } enum Color { RED GREEN }").Build().GetType<EnumType>("Color");

        Assert.Equal("RED", color.ParseLiteral(new EnumValueNode("RED")));
        Assert.Equal("GREEN", color.ParseValue("GREEN"));
        Assert.Equal("RED", color.Serialize("RED"));
        Assert.Equal(typeof(string), color.RuntimeType);
        Assert.Equal("Enum \"Color\" cannot represent value: \"BLUE\"", Assert.Throws<LeafCoercionException>(() => color.Serialize("BLUE")).Message);
    }

    [Fact]
    public void Clr_enum_runtime_values_when_bound()
    {
        var configuration = new EnumTypeConfiguration("Day") { RuntimeType = typeof(DayOfWeek) };
        configuration.Values.Add(new EnumValueConfiguration("MONDAY", DayOfWeek.Monday));
        configuration.Values.Add(new EnumValueConfiguration("TUESDAY", DayOfWeek.Tuesday) { DeprecationReason = "Never on a Tuesday." });
        var schema = SchemaBuilder.New().AddTypeDefinitions("type Query { day: Day }").AddType(configuration).Build();
        var day = schema.GetType<EnumType>("Day");

        Assert.Equal(DayOfWeek.Monday, day.ParseLiteral(new EnumValueNode("MONDAY")));
        Assert.Equal(DayOfWeek.Tuesday, day.ParseValue("TUESDAY"));
        Assert.Equal(DayOfWeek.Tuesday, day.ParseValue(DayOfWeek.Tuesday));
        Assert.Equal("MONDAY", day.Serialize(DayOfWeek.Monday));
        Assert.Equal("MONDAY", day.Serialize("MONDAY"));
        Assert.Equal("TUESDAY", SyntaxPrinter.Print(day.ValueToLiteral(DayOfWeek.Tuesday)));
        Assert.True(day.TryGetValueByRuntimeValue(DayOfWeek.Tuesday, out var tuesday));
        Assert.Equal("Never on a Tuesday.", tuesday.DeprecationReason);
        Assert.Equal("Day.TUESDAY", tuesday.Coordinate);
        Assert.Equal(
            "Enum \"Day\" cannot represent value: Sunday",
            Assert.Throws<LeafCoercionException>(() => day.Serialize(DayOfWeek.Sunday)).Message);
    }

    [Fact]
    public void Two_values_cannot_share_a_runtime_value()
    {
        var configuration = new EnumTypeConfiguration("Day");
        configuration.Values.Add(new EnumValueConfiguration("A", 1));
        configuration.Values.Add(new EnumValueConfiguration("B", 1));

        var exception = Assert.Throws<SchemaException>(() =>
            SchemaBuilder.New().AddTypeDefinitions("type Query { day: Day }").AddType(configuration).Build());

        Assert.Equal("Enum value \"Day.B\" has the same runtime value as another value of Day.", Assert.Single(exception.Errors).Message);
    }
}
