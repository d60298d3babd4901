using Meridian.Language;

namespace Meridian.GraphQL.Tests.Language;

public sealed class ParserErrorTests
{
    // Messages and positions agree with graphql-js 17 on every case.
    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("schema { q -1x: Q }", "Invalid number, expected digit but got: \"x\".", 1, 14)]
    [InlineData("  # only a comment\n", "Unexpected <EOF>.", 2, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 21)]
    [InlineData("{ a(x: [1, 2 }", "Unexpected \"}\".", 1, 14)]
    [InlineData("{ a(x: {b 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F on T", "Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("{ ... on { a } }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("query ($a) { a }", "Expected \":\", found \")\".", 1, 10)]
    [InlineData("query ($a: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 16)]
    [InlineData("query ($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 16)]
    [InlineData("{ a(): b }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("query { a } extra", "Unexpected Name \"extra\".", 1, 13)]
    [InlineData("\"description\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"description\" extend type A @x", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend foo A", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar A", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type A", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface A", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union A", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum A", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input A", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend type A {}", "Expected Name, found \"}\".", 1, 16)]
    [InlineData("type A {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type A implements { a: B }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type A implements B & { a: B }", "Expected Name, found \"{\".", 1, 23)]
    [InlineData("union U = | ", "Expected Name, found <EOF>.", 1, 13)]
    [InlineData("union U = A | | B", "Expected Name, found \"|\".", 1, 15)]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A, false }", "Name \"false\" is reserved and cannot be used for an enum value.", 1, 13)]
    [InlineData("input I { a(b: Int): String }", "Expected \":\", found \"(\".", 1, 12)]
    [InlineData("directive @a on FIELD | ", "Expected Name, found <EOF>.", 1, 25)]
    [InlineData("directive @a(b: Int) FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("directive @a repeatable FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 25)]
    [InlineData("directive a on FIELD", "Expected \"@\", found Name \"a\".", 1, 11)]
    [InlineData("directive @a on field", "Unexpected Name \"field\".", 1, 17)]
    [InlineData("schema { query }", "Expected \":\", found \"}\".", 1, 16)]
    [InlineData("schema { notop: Query }", "Unexpected Name \"notop\".", 1, 10)]
    [InlineData("schema {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type A { a(b): C }", "Expected \":\", found \")\".", 1, 13)]
    [InlineData("type A { a: }", "Expected Name, found \"}\".", 1, 13)]
    [InlineData("interface I implements & { a: B }", "Expected Name, found \"{\".", 1, 26)]
    [InlineData("subscription", "Expected \"{\", found <EOF>.", 1, 13)]
    [InlineData("mutation M", "Expected \"{\", found <EOF>.", 1, 11)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a @include(if: ) }", "Unexpected \")\".", 1, 18)]
    [InlineData("query Q($a: Int = [$b]) { a }", "Unexpected variable \"$b\" in constant value.", 1, 20)]
    [InlineData("query Q($a: Int = {x: $b}) { a }", "Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("query Q($a: Int @dir(x: $b)) { a }", "Unexpected variable \"$b\" in constant value.", 1, 25)]
    [InlineData("type A { a(b: Int = $c): D }", "Unexpected variable \"$c\" in constant value.", 1, 21)]
    [InlineData("type A @dir(x: $v)", "Unexpected variable \"$v\" in constant value.", 1, 16)]
    [InlineData("{ a(b: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("query Q($a: Int = $) { a }", "Unexpected \"$\".", 1, 19)]
    [InlineData("{ a(b: true", "Expected Name, found <EOF>.", 1, 12)]
    [InlineData("type A { a: [B }", "Expected \"]\", found \"}\".", 1, 16)]
    [InlineData("{ a(b: \"\"\"x\n\"\"\" }", "Expected Name, found \"}\".", 2, 5)]
    [InlineData("query Q {\n  a(b: 1 c: \"text\" d: )\n}", "Unexpected \")\".", 2, 23)]
    [InlineData("type T { f: String } extend type T \"desc\" { g: Int }", "Unexpected String \"desc\".", 1, 36)]
    public void Reports_grammar_errors_with_location(string source, string message, int line, int column)
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(message, error.Description);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(SyntaxErrorCodes.SyntaxError, error.Code);
    }

    [Fact]
    public void The_error_location_carries_the_offset()
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse("{\n  a(b: )\n}"));
        Assert.Equal(9, error.Offset);
        Assert.Equal(new Location(9, 9, 2, 8), error.Location);
    }

    [Fact]
    public void Description_of_a_string_token_is_its_decoded_value()
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse("{ \"a\\u0041\" }"));
        Assert.Equal("Syntax Error: Expected Name, found String \"aA\".", error.Message);
    }

    [Fact]
    public void Rejects_a_null_source() =>
        Assert.Throws<ArgumentNullException>(() => Parser.Parse((string)null!));
}
