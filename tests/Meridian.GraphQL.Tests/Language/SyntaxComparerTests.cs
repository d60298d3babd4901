using Meridian.Language;
using Meridian.Samples;

namespace Meridian.GraphQL.Tests.Language;

public sealed class SyntaxComparerTests
{
    private static bool Same(string a, string b) =>
        SyntaxComparer.Instance.Equals(Parser.Parse(a), Parser.Parse(b));

    [Fact]
    public void Ignores_locations_and_ignored_tokens()
    {
        Assert.True(Same("{a(b:1)}", "# comment\n{\n  a(b: 1),\n}"));
        var withLocations = Parser.Parse(SampleDocuments.SchemaKitchenSink);
        var without = Parser.Parse(SampleDocuments.SchemaKitchenSink, new ParserOptions { NoLocations = true });
        Assert.True(SyntaxComparer.Instance.Equals(withLocations, without));
        Assert.Equal(SyntaxComparer.Instance.GetHashCode(withLocations), SyntaxComparer.Instance.GetHashCode(without));
    }

    [Theory]
    [InlineData("{ a }", "{ b }")]
    [InlineData("{ a: b }", "{ b }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 1.0) }")]
    [InlineData("{ a(x: [1]) }", "{ a(x: [1, 1]) }")]
    [InlineData("{ a(x: ENUM) }", "{ a(x: \"ENUM\") }")]
    [InlineData("{ a @d }", "{ a @e }")]
    [InlineData("{ ... on A { a } }", "{ ... { a } }")]
    [InlineData("query Q { a }", "mutation Q { a }")]
    [InlineData("query Q($v: Int) { a }", "query Q($v: Int!) { a }")]
    [InlineData("\"d\" query Q { a }", "query Q { a }")]
    [InlineData("type T { a: Int }", "interface T { a: Int }")]
    [InlineData("type T { a: Int }", "extend type T { a: Int }")]
    [InlineData("type T implements A { a: Int }", "type T { a: Int }")]
    [InlineData("directive @d on FIELD", "directive @d repeatable on FIELD")]
    [InlineData("union U = A | B", "union U = B | A")]
    [InlineData("enum E { A }", "enum E { A @d }")]
    [InlineData("input I { a: Int = 1 }", "input I { a: Int = 2 }")]
    [InlineData("schema { query: Q }", "schema { mutation: Q }")]
    public void Tells_different_trees_apart(string a, string b) => Assert.False(Same(a, b));

    [Fact]
    public void Block_and_quoted_strings_with_the_same_value_are_equal() =>
        Assert.True(Same("{ a(x: \"s\\nt\") }", "{ a(x: \"\"\"\n  s\n  t\n\"\"\") }"));

    [Fact]
    public void Compares_schema_coordinates()
    {
        Assert.True(SyntaxComparer.Instance.Equals(Parser.ParseSchemaCoordinate("@a(b:)"), Parser.ParseSchemaCoordinate("@a(b:)")));
        Assert.False(SyntaxComparer.Instance.Equals(Parser.ParseSchemaCoordinate("a.b"), Parser.ParseSchemaCoordinate("a")));
    }
}
