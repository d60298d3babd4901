using System.Text;
using Meridian.Language;

namespace Meridian.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    [Theory]
    [InlineData("{ f(a: ", "[")]
    [InlineData("{ f(a: ", "{a: ")]
    [InlineData("", "{ a ")]
    public void A_hundred_thousand_open_brackets_stop_at_the_depth_bound(string prefix, string open)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(open, 100_000));
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));
        Assert.Equal(SyntaxErrorCodes.MaxDepthExceeded, error.Code);
        Assert.Equal("Syntax Error: Document nesting is deeper than 256 levels. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Deep_list_types_stop_at_the_depth_bound()
    {
        var source = "query ($a: " + new string('[', 100_000) + "Int" + new string(']', 100_000) + ") { a }";
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));
        Assert.Equal(SyntaxErrorCodes.MaxDepthExceeded, error.Code);
    }

    [Fact]
    public void Nesting_up_to_the_bound_parses()
    {
        var lists = "{ f(a: " + new string('[', 9) + new string(']', 9) + ") }";
        var nested = "{ " + string.Concat(Enumerable.Repeat("a { ", 9)) + "b" + new string('}', 9) + " }";
        Assert.Single(Parser.Parse(nested, new ParserOptions { MaxAllowedDepth = 10 }).Definitions);
        Assert.Throws<SyntaxException>(() => Parser.Parse(nested, new ParserOptions { MaxAllowedDepth = 9 }));
        Assert.Single(Parser.Parse(lists, new ParserOptions { MaxAllowedDepth = 10 }).Definitions);
        Assert.Throws<SyntaxException>(() => Parser.Parse(lists, new ParserOptions { MaxAllowedDepth = 9 }));
    }

    [Fact]
    public void A_raised_depth_bound_still_cannot_overflow_the_stack()
    {
        // Far deeper than any thread stack holds: the parser's stack check turns it into a syntax error.
        var source = new string('[', 2_000_000);
        var error = Assert.Throws<SyntaxException>(
            () => Parser.ParseValue(source, new ParserOptions { MaxAllowedDepth = int.MaxValue, MaxAllowedTokens = int.MaxValue }));
        Assert.Equal(SyntaxErrorCodes.MaxDepthExceeded, error.Code);
    }

    [Fact]
    public void Token_bound_stops_a_long_document()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 100_000)) + "}";
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));
        Assert.Equal(SyntaxErrorCodes.MaxTokensExceeded, error.Code);
        Assert.Equal("Syntax Error: Document contains more than 100000 tokens. Parsing aborted.", error.Message);
        Assert.Equal(2 + (2 * 99_999), error.Offset);
    }

    [Fact]
    public void Token_bound_counts_every_token_but_the_end()
    {
        Assert.Single(Parser.Parse("{ a }", new ParserOptions { MaxAllowedTokens = 3 }).Definitions);
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse("{ a b }", new ParserOptions { MaxAllowedTokens = 3 }));
        Assert.Equal("Syntax Error: Document contains more than 3 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Ten_thousand_aliases_parse_within_the_default_bounds()
    {
        var source = new StringBuilder("{ ");
        for (var i = 0; i < 10_000; i++)
        {
            source.Append("a").Append(i).Append(": f ");
        }

        var operation = (OperationDefinitionNode)Parser.Parse(source.Append('}').ToString()).Definitions[0];
        Assert.Equal(10_000, operation.SelectionSet.Selections.Count);
        Assert.Equal("a9999", ((FieldNode)operation.SelectionSet.Selections[^1]).Alias!.Value);
    }

    // A string literal is one token however long: parsing it is linear in its length and allocates its value once.
    // Bounding the document's size is the transport's job (the server's request size limit).
    [Fact]
    public void A_ten_megabyte_string_literal_parses()
    {
        var content = new string('x', 10 * 1024 * 1024);
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue("\"" + content + "\""));
        Assert.Equal(content.Length, value.Value.Length);

        var block = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"" + content + "\"\"\""));
        Assert.Equal(content.Length, block.Value.Length);
    }

    [Fact]
    public void An_unterminated_ten_megabyte_string_is_rejected()
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.ParseValue("\"" + new string('x', 10 * 1024 * 1024)));
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal(SyntaxErrorCodes.SyntaxError, error.Code);
    }
}
