namespace Meridian.Language;

/// <summary>The kinds of lexical token (§2.1.6), plus the start and end of the source.</summary>
public enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParenthesis,
    RightParenthesis,
    Spread,
    Colon,
    Equals,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Int,
    Float,
    String,
    BlockString,

    /// <summary>Only in schema coordinates: <c>.</c>.</summary>
    Dot,
}
