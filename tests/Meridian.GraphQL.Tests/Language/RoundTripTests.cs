using Meridian.Language;
using Meridian.Samples;

namespace Meridian.GraphQL.Tests.Language;

public sealed class RoundTripTests
{
    public static TheoryData<string> Documents => new()
    {
        SampleDocuments.KitchenSink,
        SampleDocuments.SchemaKitchenSink,
        SampleDocuments.IntrospectionQuery,
        "{ a(s: \"\"\"  first line indented\n  next\"\"\") }",
        "{ a(s: \"\"\"\n\n  blank lines around\n\n\"\"\") }",
        "{ a(s: \"\"\"ends with quote\"\n\"\"\", t: \"\"\"ends with slash\\\n\"\"\") }",
        "{ a(s: \"\"\"\ttab first\n\tthen\"\"\") }",
        "{ a(s: \"\"\"control \u0001 char\"\"\") }",
        "{ a(s: \"\\u0000\\u001F\\u007F\\u{10FFFF}\\\"\\\\\") }",
        "query Q(\"\"\"\n  Multi-line\n  description\n\"\"\" $v: [[Int!]]! = [[1], [2, 3]]) @a(b: { c: [{ d: null }] }) { ...F @e ... on T { g } }",
        "type T { f(a: String = \"\"\"\nblock default\n\"\"\"): Int }",
        "{ " + string.Join(" ", Enumerable.Range(0, 40).Select(i => $"f{i}(arg: [{i}, {i + 1}], obj: {{ key{i}: \"value {i}\" }})")) + " }",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Printed_text_parses_back_to_an_equal_tree(string source)
    {
        foreach (var indented in new[] { true, false })
        {
            var document = Parser.Parse(source);
            var printed = SyntaxPrinter.Print(document, indented);
            var reparsed = Parser.Parse(printed);
            Assert.True(
                SyntaxComparer.Instance.Equals(document, reparsed),
                $"The tree changed after printing{(indented ? string.Empty : " compactly")}:\n{printed}");
            Assert.Equal(printed, SyntaxPrinter.Print(reparsed, indented));
        }
    }

    [Fact]
    public void Compact_printing_writes_block_strings_as_quoted_strings()
    {
        var document = Parser.Parse("{ a(s: \"\"\"block\nvalue\"\"\") }");
        var reparsed = Parser.Parse(SyntaxPrinter.Print(document, indented: false));
        var value = (StringValueNode)((FieldNode)((OperationDefinitionNode)reparsed.Definitions[0]).SelectionSet.Selections[0]).Arguments[0].Value;
        Assert.Equal("block\nvalue", value.Value);
        Assert.False(value.Block);
    }
}
