using System.Runtime.CompilerServices;

namespace Meridian.Language;

/// <summary>
/// Reads GraphQL source text into tokens (§2.1), one at a time, without allocating: the current token is described by
/// <see cref="Kind"/>, <see cref="Start"/>, <see cref="End"/>, <see cref="Line"/> and <see cref="Column"/>, and its
/// text is a slice of the source. Strings are validated while lexing and decoded only on request
/// (<see cref="GetStringValue"/>). Lines and columns count source characters as the specification does: a surrogate
/// pair is one column, and <c>\r\n</c> is one line terminator. A copy of the lexer is an independent cursor, which
/// is how the parser looks ahead.
/// </summary>
public ref partial struct Lexer
{
    private readonly ReadOnlySpan<char> _source;
    private readonly bool _schemaCoordinate;
    private int _position;
    private int _line;
    private int _lineStart;

    // Supplementary characters (surrogate pairs) between the current line's start and _position: each is two code
    // units but one column.
    private int _lineSupplementaryCount;

    public Lexer(ReadOnlySpan<char> source)
        : this(source, schemaCoordinate: false)
    {
    }

    internal Lexer(ReadOnlySpan<char> source, bool schemaCoordinate)
    {
        _source = source;
        _schemaCoordinate = schemaCoordinate;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    public TokenKind Kind { readonly get; private set; }

    public int Start { readonly get; private set; }

    public int End { readonly get; private set; }

    public int Line { readonly get; private set; }

    public int Column { readonly get; private set; }

    /// <summary>True when the current string token holds escape sequences (or, in a block string, <c>\"""</c>).</summary>
    internal bool HasEscapes { readonly get; private set; }

    public readonly ReadOnlySpan<char> Source => _source;

    /// <summary>The current token's source text, quotes included for strings.</summary>
    public readonly ReadOnlySpan<char> TokenText => _source[Start..End];

    public readonly Token Token => new(Kind, Start, End, Line, Column);

    /// <summary>Moves to the next token, skipping ignored tokens; stays on <see cref="TokenKind.EndOfFile"/> at the end.</summary>
    public TokenKind Advance()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return TokenKind.EndOfFile;
        }

        if (_schemaCoordinate)
        {
            return ReadSchemaCoordinateToken();
        }

        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            var c = source[position];
            switch (c)
            {
                case ' ' or '\t' or ',' or '\uFEFF':
                    position++;
                    continue;
                case '\n':
                    StartLine(++position);
                    continue;
                case '\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
            }

            BeginToken(position);
            return ReadToken(position, c);
        }

        BeginToken(source.Length);
        return Finish(TokenKind.EndOfFile, source.Length);
    }

    private TokenKind ReadToken(int position, char c)
    {
        switch (c)
        {
            case '!': return Finish(TokenKind.Bang, position + 1);
            case '$': return Finish(TokenKind.Dollar, position + 1);
            case '&': return Finish(TokenKind.Ampersand, position + 1);
            case '(': return Finish(TokenKind.LeftParenthesis, position + 1);
            case ')': return Finish(TokenKind.RightParenthesis, position + 1);
            case ':': return Finish(TokenKind.Colon, position + 1);
            case '=': return Finish(TokenKind.Equals, position + 1);
            case '@': return Finish(TokenKind.At, position + 1);
            case '[': return Finish(TokenKind.LeftBracket, position + 1);
            case ']': return Finish(TokenKind.RightBracket, position + 1);
            case '{': return Finish(TokenKind.LeftBrace, position + 1);
            case '|': return Finish(TokenKind.Pipe, position + 1);
            case '}': return Finish(TokenKind.RightBrace, position + 1);
            case '.': return ReadSpread(position);
            case '"':
                return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                    ? ReadBlockString(position)
                    : ReadString(position);
        }

        if (CharacterClasses.IsDigit(c) || c == '-')
        {
            return ReadNumber(position, c);
        }

        if (CharacterClasses.IsNameStart(c))
        {
            return Finish(TokenKind.Name, ScanName(position));
        }

        throw UnexpectedCharacter(position);
    }

    private TokenKind ReadSpread(int position)
    {
        var next = CharAt(position + 1);
        if (next == '.' && CharAt(position + 2) == '.')
        {
            return Finish(TokenKind.Spread, position + 3);
        }

        if (next == '.')
        {
            throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (CharacterClasses.IsDigit(next))
        {
            var digits = _source[(position + 1)..ScanDigits(position + 1)];
            throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        throw UnexpectedCharacter(position);
    }

    private readonly int ScanName(int position)
    {
        var source = _source;
        position++;
        while (position < source.Length && CharacterClasses.IsNameContinue(source[position]))
        {
            position++;
        }

        return position;
    }

    private int SkipComment(int position)
    {
        var source = _source;
        position++;
        while (position < source.Length)
        {
            var c = source[position];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (char.IsSurrogate(c))
            {
                if (!CharacterClasses.IsSurrogatePairAt(source, position))
                {
                    // An unpaired surrogate ends the comment; reading it as a token reports it.
                    break;
                }

                _lineSupplementaryCount++;
                position += 2;
                continue;
            }

            position++;
        }

        return position;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void StartLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineSupplementaryCount = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BeginToken(int position)
    {
        Start = position;
        Line = _line;
        Column = position - _lineStart + 1 - _lineSupplementaryCount;
        HasEscapes = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenKind Finish(TokenKind kind, int end)
    {
        Kind = kind;
        End = end;
        _position = end;
        return kind;
    }

    // Past the end reads as '\0', which no lexical rule that looks ahead accepts.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly char CharAt(int index) => (uint)index < (uint)_source.Length ? _source[index] : '\0';

    private readonly SyntaxException UnexpectedCharacter(int position)
    {
        var c = _source[position];
        if (c == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var valid = !char.IsSurrogate(c) || CharacterClasses.IsSurrogatePairAt(_source, position);
        var what = valid ? "Unexpected character" : "Invalid character";
        return Error(position, $"{what}: {CharacterClasses.Describe(_source, position)}.");
    }

    /// <summary>An error at a position on the line being read: its column counts source characters from the line start.</summary>
    private readonly SyntaxException Error(int position, string description)
    {
        var column = 1;
        var source = _source;
        for (var i = _lineStart; i < position && i < source.Length; i++)
        {
            if (!char.IsLowSurrogate(source[i]) || i == _lineStart || !char.IsHighSurrogate(source[i - 1]))
            {
                column++;
            }
        }

        return new SyntaxException(description, new Location(position, position, _line, column));
    }
}
