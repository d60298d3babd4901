using Meridian.Language;
using Meridian.Samples;
using Testing;

namespace Meridian.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string source, bool indented = true) =>
        SyntaxPrinter.Print(Parser.Parse(source), indented);

    [Fact]
    public void Prints_the_executable_kitchen_sink() =>
        Snapshot.Match(Reprint(SampleDocuments.KitchenSink));

    [Fact]
    public void Prints_the_schema_kitchen_sink() =>
        Snapshot.Match(Reprint(SampleDocuments.SchemaKitchenSink));

    [Fact]
    public void Prints_the_introspection_query() =>
        Snapshot.Match(Reprint(SampleDocuments.IntrospectionQuery));

    [Fact]
    public void Prints_the_executable_kitchen_sink_compactly() =>
        Snapshot.Match(Reprint(SampleDocuments.KitchenSink, indented: false));

    [Fact]
    public void Prints_the_query_shorthand_only_when_nothing_else_is_there()
    {
        Assert.Equal("{\n  a\n}", Reprint("query { a }"));
        Assert.Equal("query Q {\n  a\n}", Reprint("query Q { a }"));
        Assert.Equal("query @d {\n  a\n}", Reprint("query @d { a }"));
        Assert.Equal("query ($v: Int) {\n  a\n}", Reprint("query ($v: Int) { a }"));
        Assert.Equal("\"About.\"\nquery {\n  a\n}", Reprint("\"About.\" query { a }"));
        Assert.Equal("mutation {\n  a\n}", Reprint("mutation { a }"));
    }

    [Fact]
    public void Breaks_arguments_past_eighty_characters()
    {
        Assert.Equal(
            "{\n  someField(argumentNumberOne: \"value one\", argumentNumberTwo: \"value two\", x: 12)\n}",
            Reprint("{ someField(argumentNumberOne: \"value one\", argumentNumberTwo: \"value two\", x: 12) }"));
        Assert.Equal(
            "{\n  someField(\n    argumentNumberOne: \"value one\"\n    argumentNumberTwo: \"value two\"\n    x: 123\n  )\n}",
            Reprint("{ someField(argumentNumberOne: \"value one\", argumentNumberTwo: \"value two\", x: 123) }"));
    }

    [Fact]
    public void Breaks_lists_and_objects_past_eighty_characters()
    {
        var longList = "[" + string.Join(", ", Enumerable.Range(1, 30)) + "]";
        var printed = SyntaxPrinter.Print(Parser.ParseValue(longList));
        Assert.StartsWith("[\n  1\n  2\n", printed, StringComparison.Ordinal);
        Assert.EndsWith("\n  30\n]", printed, StringComparison.Ordinal);

        var longObject = "{ first: \"aaaaaaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbb\", third: 3333333 }";
        Assert.Equal(
            "{\n  first: \"aaaaaaaaaaaaaaaaaaaa\"\n  second: \"bbbbbbbbbbbbbbbbbbbb\"\n  third: 3333333\n}",
            SyntaxPrinter.Print(Parser.ParseValue(longObject)));
        Assert.Equal("{ a: [1, 2], b: {} }", SyntaxPrinter.Print(Parser.ParseValue("{a:[1,2],b:{}}")));
    }

    [Fact]
    public void Breaks_argument_definitions_when_one_has_a_description()
    {
        Assert.Equal(
            "type T {\n  f(a: Int, b: String = \"x\"): Int\n}",
            Reprint("type T { f(a: Int b: String = \"x\"): Int }"));
        Assert.Equal(
            "type T {\n  f(\n    \"About a.\"\n    a: Int\n    b: String\n  ): Int\n}",
            Reprint("type T { f(\"About a.\" a: Int b: String): Int }"));
        Assert.Equal(
            "directive @d(\n  \"About a.\"\n  a: Int\n) repeatable on FIELD | QUERY",
            Reprint("directive @d(\"About a.\" a: Int) repeatable on | FIELD | QUERY"));
    }

    [Fact]
    public void Indents_variable_definitions_that_have_descriptions()
    {
        Assert.Equal(
            "query Q(\n  \"About v.\"\n  $v: Int = 1 @d\n  $w: [ID!]!\n) {\n  a\n}",
            Reprint("query Q(\"About v.\" $v: Int = 1 @d, $w: [ID!]!) { a }"));
    }

    [Fact]
    public void Keeps_block_strings_as_block_strings_indented_with_their_owner()
    {
        Assert.Equal(
            "{\n  f(a: \"\"\"\n  line one\n    line two\n  \"\"\")\n}",
            Reprint("{ f(a: \"\"\"\n    line one\n      line two\n  \"\"\") }"));
        Assert.Equal("{\n  f(a: \"\"\"escaped \\\"\"\" quotes\"\"\")\n}", Reprint("{ f(a: \"\"\"escaped \\\"\"\" quotes\"\"\") }"));
    }

    [Fact]
    public void Escapes_quoted_strings()
    {
        var value = new StringValueNode("quote\" back\\ tab\t nl\n cr\r bs\b ff\f nul\0 del\u007F c1\u0085 ok é 😀");
        Assert.Equal(
            "\"quote\\\" back\\\\ tab\\t nl\\n cr\\r bs\\b ff\\f nul\\u0000 del\\u007F c1\\u0085 ok é 😀\"",
            SyntaxPrinter.Print(value));
    }

    [Fact]
    public void Prints_block_strings_that_cannot_be_blocks_as_quoted_strings()
    {
        var node = new StringValueNode(null, "  common\n  indent", block: true);
        Assert.Equal("\"  common\\n  indent\"", SyntaxPrinter.Print(node));
    }

    [Fact]
    public void Compact_mode_prints_one_line()
    {
        var source = "\"\"\"Doc.\nMore.\"\"\" type T implements A & B @d { \"F.\" f(a: Int = 1): [T!]! } union U = A | B";
        Assert.Equal(
            "\"Doc.\\nMore.\" type T implements A & B @d { \"F.\" f(a: Int = 1): [T!]! } union U = A | B",
            Reprint(source, indented: false));
        Assert.Equal("{ a { b(c: [1, 2], d: { e: $f }) ...G ... on H { i } } }", Reprint("{a{b(c:[1,2],d:{e:$f}) ...G ... on H{i}}}", indented: false));
    }

    [Fact]
    public void Prints_empty_selection_sets_built_in_code()
    {
        var operation = new OperationDefinitionNode(null, null, OperationType.Query, new NameNode("Q"), [], [], new SelectionSetNode(null, []));
        Assert.Equal("query Q {}", operation.ToString());
    }

    [Fact]
    public void To_string_prints_any_node()
    {
        var field = ((OperationDefinitionNode)Parser.Parse("{ a(b: [1, {c: 2}]) @d { e } }").Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("a(b: [1, { c: 2 }]) @d {\n  e\n}", field.ToString());
        Assert.Equal("[Int!]!", Parser.ParseType("[ Int ! ] !").ToString());
    }
}
