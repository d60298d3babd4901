using Meridian.Language;

namespace Meridian.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        while (lexer.Advance() != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Token);
        }

        return tokens;
    }

    private static Token Single(string source)
    {
        var tokens = Lex(source);
        Assert.Single(tokens);
        return tokens[0];
    }

    private static string StringValue(string source)
    {
        var lexer = new Lexer(source);
        lexer.Advance();
        Assert.True(lexer.Kind is TokenKind.String or TokenKind.BlockString, $"expected a string token, got {lexer.Kind}");
        var value = lexer.GetStringValue();
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        return value;
    }

    private static SyntaxException LexError(string source) =>
        Assert.Throws<SyntaxException>(() => Lex(source));

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.LeftParenthesis)]
    [InlineData(")", TokenKind.RightParenthesis)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.RightBrace)]
    [InlineData("name", TokenKind.Name)]
    [InlineData("_under_score9", TokenKind.Name)]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-1.5e-3", TokenKind.Float)]
    [InlineData("6E23", TokenKind.Float)]
    [InlineData("1e+2", TokenKind.Float)]
    [InlineData("\"s\"", TokenKind.String)]
    [InlineData("\"\"\"b\"\"\"", TokenKind.BlockString)]
    public void Reads_each_kind_of_token(string source, TokenKind kind)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(0, token.Start);
        Assert.Equal(source.Length, token.End);
    }

    [Fact]
    public void Skips_ignored_tokens_bom_whitespace_commas_and_comments()
    {
        var tokens = Lex("\uFEFF \t,,name # a comment, with \"quotes\"\n,other#end");
        Assert.Equal([TokenKind.Name, TokenKind.Name], tokens.Select(t => t.Kind));
        Assert.Equal((1, 6), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((2, 2), (tokens[1].Line, tokens[1].Column));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Counts_every_line_terminator_once(string terminator)
    {
        var tokens = Lex($"a{terminator}{terminator}  b");
        Assert.Equal(3, tokens[1].Line);
        Assert.Equal(3, tokens[1].Column);
        Assert.Equal(1 + (2 * terminator.Length) + 2, tokens[1].Start);
    }

    [Fact]
    public void Counts_a_surrogate_pair_as_one_column()
    {
        // "😀" is two UTF-16 code units but one source character.
        var tokens = Lex("\"😀\" x # 😀😀\n\"\"\"😀\n😀\"\"\" y");
        Assert.Equal(5, tokens[1].Column);
        Assert.Equal(5, tokens[1].Start);
        Assert.Equal((3, 6), (tokens[3].Line, tokens[3].Column));
    }

    [Fact]
    public void Lines_continue_after_a_multi_line_block_string()
    {
        var tokens = Lex("\"\"\"\none\r\ntwo\rthree\"\"\"\n  after");
        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((5, 3), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void Names_are_maximal_and_ascii()
    {
        var tokens = Lex("abc123_ x");
        Assert.Equal(7, tokens[0].End);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{1F600} \\u{0} \\u{00000041}\"", "variable 😀 \0 A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair 😀")]
    [InlineData("\"lower \\ud83d\\ude00\"", "lower 😀")]
    [InlineData("\"raw 😀 and é\"", "raw 😀 and é")]
    [InlineData("\"control \u0001 allowed\"", "control \u0001 allowed")]
    public void Decodes_strings(string source, string expected) => Assert.Equal(expected, StringValue(source));

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n        lines\n\n    \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\"\"\"", "  first line keeps its indent\nsecond")]
    [InlineData("\"\"\"\n\t\n   \n\"\"\"", "")]
    public void Dedents_block_strings(string source, string expected) => Assert.Equal(expected, StringValue(source));

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"\"\"\" x", "")]
    public void Six_quotes_are_one_empty_block_string(string source, string expected)
    {
        var lexer = new Lexer(source);
        lexer.Advance();
        Assert.Equal(TokenKind.BlockString, lexer.Kind);
        Assert.Equal(expected, lexer.GetStringValue());
    }

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("  ~", "Unexpected character: \"~\".", 1, 3)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1, 1)]
    [InlineData("\u200B", "Unexpected character: U+200B.", 1, 1)]
    [InlineData("😀", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("..", "Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData("x .", "Unexpected character: \".\".", 1, 3)]
    [InlineData(".123", "Invalid number, expected digit before \".\", did you mean \"0.123\"?", 1, 1)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 1, 3)]
    [InlineData("+1", "Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 1, 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 1, 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 1, 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 1, 5)]
    [InlineData("12\u00DF", "Unexpected character: U+00DF.", 1, 3)]
    public void Reports_lexical_errors_in_graphql_js_wording(string source, string message, int line, int column)
    {
        var error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(SyntaxErrorCodes.SyntaxError, error.Code);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 1, 5)]
    [InlineData("\"no end quote", "Unterminated string.", 1, 14)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"\"\"\nline one\nline two", "Unterminated string.", 3, 9)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"lone leading surrogate \\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 25)]
    [InlineData("\"leading then plain \\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 21)]
    [InlineData("\"😀 then \\q\"", "Invalid character escape sequence: \"\\q\".", 1, 9)]
    public void Reports_string_errors_in_graphql_js_wording(string source, string message, int line, int column)
    {
        var error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    // Lone surrogates cannot travel through theory data (the test runner replaces them), so these cases build their
    // strings in code.
    [Fact]
    public void Rejects_unpaired_surrogates_outside_and_inside_strings()
    {
        const char high = '\uD83D';
        const char low = '\uDE00';
        (string Source, string Message, int Column)[] cases =
        [
            (high.ToString(), "Invalid character: U+D83D.", 1),
            (low + "x", "Invalid character: U+DE00.", 1),
            ("# ok" + high, "Invalid character: U+D83D.", 5),
            ("\"bad " + low + "\"", "Invalid character within String: U+DE00.", 6),
            ("\"pair then lone " + high + low + low + "\"", "Invalid character within String: U+DE00.", 18),
            ("\"\"\"block " + high + "\"\"\"", "Invalid character within String: U+D83D.", 10),
        ];
        foreach (var (source, message, column) in cases)
        {
            var error = LexError(source);
            Assert.Equal("Syntax Error: " + message, error.Message);
            Assert.Equal((1, column), (error.Line, error.Column));
        }
    }

    [Fact]
    public void Error_offsets_are_source_positions()
    {
        var error = LexError("{\n  a(b: \"\\x\")\n}");
        Assert.Equal(10, error.Offset);
        Assert.Equal((2, 9), (error.Line, error.Column));
    }

    [Fact]
    public void A_copy_of_the_lexer_looks_ahead_without_moving_the_original()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();
        var lookahead = lexer;
        lookahead.Advance();
        Assert.Equal("b", lookahead.TokenText.ToString());
        Assert.Equal("a", lexer.TokenText.ToString());
    }

    [Fact]
    public void Stays_at_the_end_of_the_source()
    {
        var lexer = new Lexer("  ");
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal((2, 2), (lexer.Start, lexer.End));
    }
}
