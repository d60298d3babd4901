namespace Meridian.Language;

/// <summary>How error messages name token kinds, as graphql-js does: punctuators quoted, others by kind name.</summary>
internal static class TokenDescriptions
{
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParenthesis => "\"(\"",
        TokenKind.RightParenthesis => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Dot => "\".\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    /// <summary>The current token as graphql-js describes it: its kind, then its value in quotes when it has one.</summary>
    public static string Describe(ref readonly Lexer lexer) => lexer.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float =>
            $"{Describe(lexer.Kind)} \"{lexer.TokenText}\"",
        TokenKind.String or TokenKind.BlockString =>
            $"{Describe(lexer.Kind)} \"{lexer.GetStringValue()}\"",
        _ => Describe(lexer.Kind),
    };
}
