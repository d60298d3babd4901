namespace Meridian.Language;

public ref partial struct Lexer
{
    // A quoted string (§2.9.4): any source character but `"`, `\` and line terminators, and valid escapes.
    private TokenKind ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var hasEscapes = false;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"')
            {
                HasEscapes = hasEscapes;
                return Finish(TokenKind.String, position + 1);
            }

            if (c == '\\')
            {
                var size = EscapeSequence.Read(source, position, out _, out var invalidLength);
                if (size == 0)
                {
                    throw InvalidEscape(position, invalidLength);
                }

                hasEscapes = true;
                position += size;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            position = SkipSourceCharacter(position, c);
        }

        throw Error(position, "Unterminated string.");
    }

    // A block string (§2.9.4): raw text up to the closing `"""`, where only `\"""` is an escape.
    private TokenKind ReadBlockString(int start)
    {
        var source = _source;
        var position = start + 3;
        var hasEscapes = false;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                HasEscapes = hasEscapes;
                return Finish(TokenKind.BlockString, position + 3);
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                hasEscapes = true;
                position += 4;
                continue;
            }

            if (c == '\n')
            {
                StartLine(++position);
                continue;
            }

            if (c == '\r')
            {
                position += CharAt(position + 1) == '\n' ? 2 : 1;
                StartLine(position);
                continue;
            }

            position = SkipSourceCharacter(position, c);
        }

        throw Error(position, "Unterminated string.");
    }

    // Every Unicode scalar value is a source character; a surrogate code unit is one only as half of a pair.
    private int SkipSourceCharacter(int position, char c)
    {
        if (!char.IsSurrogate(c))
        {
            return position + 1;
        }

        if (!CharacterClasses.IsSurrogatePairAt(_source, position))
        {
            throw Error(position, $"Invalid character within String: {CharacterClasses.Describe(_source, position)}.");
        }

        _lineSupplementaryCount++;
        return position + 2;
    }

    private readonly SyntaxException InvalidEscape(int position, int length)
    {
        var end = Math.Min(position + length, _source.Length);
        var text = _source[position..end];
        var what = CharAt(position + 1) == 'u' ? "Unicode" : "character";
        return Error(position, $"Invalid {what} escape sequence: \"{text}\".");
    }

    /// <summary>The decoded value of the current String or BlockString token (escapes resolved, block strings dedented).</summary>
    public readonly string GetStringValue()
    {
        if (Kind == TokenKind.BlockString)
        {
            return BlockStringHelper.Dedent(_source[(Start + 3)..(End - 3)], unescapeTripleQuotes: HasEscapes);
        }

        if (Kind != TokenKind.String)
        {
            throw new InvalidOperationException($"The current token is {Kind}, not a string.");
        }

        var content = _source[(Start + 1)..(End - 1)];
        return HasEscapes ? StringValueDecoder.Decode(content) : new string(content);
    }
}
