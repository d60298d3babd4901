using Meridian.Language;

namespace Meridian.GraphQL.Tests.Language;

public sealed class BlockStringHelperTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("\n\n  \n", "")]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("first\n    second\n      third", "first\nsecond\n  third")]
    [InlineData("  first keeps\n  second", "  first keeps\nsecond")]
    [InlineData("\ta\n\t\tb", "\ta\nb")]
    [InlineData("\r\n  a\r  b\r\n", "a\nb")]
    [InlineData("\n  a\n    \n  b", "a\n  \nb")]
    public void Dedents_as_block_string_value_specifies(string raw, string expected) =>
        Assert.Equal(expected, BlockStringHelper.Dedent(raw));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"", "\"\"\"\"\"\"")]
    [InlineData("a", "\"\"\"a\"\"\"", "\"\"\"a\"\"\"")]
    [InlineData(" leading", "\"\"\" leading\"\"\"", "\"\"\" leading\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"", "\"\"\"trailing quote\"\n\"\"\"")]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"", "\"\"\"trailing slash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"", "\"\"\"ends with \\\"\"\"\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"", "\"\"\"two\nlines\"\"\"")]
    [InlineData("two\n  indented", "\"\"\"\ntwo\n  indented\n\"\"\"", "\"\"\"\ntwo\n  indented\"\"\"")]
    public void Prints_as_graphql_js_does(string value, string expected, string minimized)
    {
        Assert.Equal(expected, BlockStringHelper.Print(value));
        Assert.Equal(minimized, BlockStringHelper.Print(value, minimize: true));
    }

    [Fact]
    public void Long_single_lines_go_on_their_own_line()
    {
        var value = new string('x', 71);
        Assert.Equal($"\"\"\"\n{value}\n\"\"\"", BlockStringHelper.Print(value));
        Assert.Equal($"\"\"\"{value[..70]}\"\"\"", BlockStringHelper.Print(value[..70]));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("a\n  b", true)]
    [InlineData("tab\there", true)]
    [InlineData("  a\n  b", false)]
    [InlineData(" a\n b", false)]
    [InlineData("a\n\n", false)]
    [InlineData("\na", false)]
    [InlineData("cr\r", false)]
    [InlineData("bell\u0007", false)]
    [InlineData("\n", false)]
    public void Tells_which_values_print_as_block_strings(string value, bool printable) =>
        Assert.Equal(printable, BlockStringHelper.IsPrintableAsBlockString(value));

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("  indented first line")]
    [InlineData("multi\nline\n  with indent")]
    [InlineData("quotes \" and \"\"\" and \\\"\"\"")]
    [InlineData("ends with quote\"")]
    [InlineData("ends with backslash\\")]
    [InlineData("a\n\n  b\n\tc")]
    public void Printable_values_read_back_unchanged(string value)
    {
        Assert.True(BlockStringHelper.IsPrintableAsBlockString(value));
        foreach (var minimize in new[] { false, true })
        {
            var printed = BlockStringHelper.Print(value, minimize);
            var parsed = Assert.IsType<StringValueNode>(Parser.ParseValue(printed));
            Assert.True(parsed.Block);
            Assert.Equal(value, parsed.Value);
        }
    }
}
