using Meridian.Language;

namespace Meridian.GraphQL.Tests.Language;

public sealed class SchemaCoordinateTests
{
    [Theory]
    [InlineData("Business", false, "Business", null, null)]
    [InlineData("Business.name", false, "Business", "name", null)]
    [InlineData("SearchFilter.OPEN_NOW", false, "SearchFilter", "OPEN_NOW", null)]
    [InlineData("Query.searchBusiness(criteria:)", false, "Query", "searchBusiness", "criteria")]
    [InlineData("@private", true, "private", null, null)]
    [InlineData("@private(scope:)", true, "private", null, "scope")]
    public void Parses_every_form_and_prints_it_back(string source, bool ofDirective, string name, string? member, string? argument)
    {
        var coordinate = Parser.ParseSchemaCoordinate(source);
        Assert.Equal(ofDirective, coordinate.OfDirective);
        Assert.Equal(name, coordinate.Name.Value);
        Assert.Equal(member, coordinate.MemberName?.Value);
        Assert.Equal(argument, coordinate.ArgumentName?.Value);
        Assert.Equal(source, coordinate.ToString());
        Assert.Equal(new Location(0, source.Length, 1, 1), coordinate.Location);
    }

    [Theory]
    [InlineData("", "Expected Name, found <EOF>.", 1)]
    [InlineData("Name ", "Invalid character: \" \".", 5)]
    [InlineData(" Name", "Invalid character: \" \".", 1)]
    [InlineData("Name .field", "Invalid character: \" \".", 5)]
    [InlineData("Name. field", "Invalid character: \" \".", 6)]
    [InlineData("Name.field(arg: )", "Invalid character: \" \".", 16)]
    [InlineData("Name.field(arg)", "Expected \":\", found \")\".", 15)]
    [InlineData("Name.field(arg:", "Expected \")\", found <EOF>.", 16)]
    [InlineData("Name(arg:)", "Expected <EOF>, found \"(\".", 5)]
    [InlineData("@dir.member", "Expected <EOF>, found \".\".", 5)]
    [InlineData("Name.field.more", "Expected <EOF>, found \".\".", 11)]
    [InlineData("Name,field", "Invalid character: \",\".", 5)]
    [InlineData("#Name", "Invalid character: \"#\".", 1)]
    [InlineData("Name.1", "Invalid character: \"1\".", 6)]
    public void Rejects_anything_else_including_ignored_tokens(string source, string message, int column)
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.ParseSchemaCoordinate(source));
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }
}
