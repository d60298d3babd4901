namespace Meridian.Language;

/// <summary>
/// One lexical token: its kind, its character offsets in the source (end exclusive) and the one-based line and column
/// of its first character. The token's text is <c>source[Start..End]</c>; nothing is allocated per token.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column);
