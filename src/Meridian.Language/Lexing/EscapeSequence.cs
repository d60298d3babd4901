namespace Meridian.Language;

/// <summary>
/// Reads one escape sequence of a quoted string (§2.9.4): <c>\n</c>-style characters, fixed-width <c>\uXXXX</c>
/// (including a surrogate pair written as two of them) and variable-width <c>\u{X…}</c>. The lexer uses it to
/// validate, the decoder to produce the value, so both agree on every rule.
/// </summary>
internal static class EscapeSequence
{
    /// <summary>
    /// Reads the escape starting with the backslash at <paramref name="position"/>. Returns its length in code units
    /// and the Unicode scalar value it stands for; on an invalid sequence returns 0 and the length graphql-js quotes
    /// in its message.
    /// </summary>
    public static int Read(ReadOnlySpan<char> source, int position, out int codePoint, out int invalidLength)
    {
        codePoint = 0;
        invalidLength = 0;
        if (At(source, position + 1) != 'u')
        {
            codePoint = At(source, position + 1) switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => -1,
            };
            if (codePoint < 0)
            {
                invalidLength = 2;
                return 0;
            }

            return 2;
        }

        return At(source, position + 2) == '{'
            ? ReadVariableWidth(source, position, out codePoint, out invalidLength)
            : ReadFixedWidth(source, position, out codePoint, out invalidLength);
    }

    private static int ReadVariableWidth(ReadOnlySpan<char> source, int position, out int codePoint, out int invalidLength)
    {
        // \u{ then at most eight hex digits and }: never longer than 12 code units.
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = At(source, position + size++);
            if (c == '}')
            {
                if (size < 5 || !CharacterClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }

                codePoint = point;
                invalidLength = 0;
                return size;
            }

            var digit = CharacterClasses.HexValue(c);
            point = (point << 4) | digit;
            if (digit < 0 || point < 0)
            {
                break;
            }
        }

        codePoint = 0;
        invalidLength = size;
        return 0;
    }

    private static int ReadFixedWidth(ReadOnlySpan<char> source, int position, out int codePoint, out int invalidLength)
    {
        invalidLength = 0;
        var code = ReadHex4(source, position + 2);
        if (CharacterClasses.IsUnicodeScalarValue(code))
        {
            codePoint = code;
            return 6;
        }

        // A leading surrogate is only valid as the first half of a pair written as two escapes.
        if (code is >= 0xD800 and <= 0xDBFF && At(source, position + 6) == '\\' && At(source, position + 7) == 'u')
        {
            var trailing = ReadHex4(source, position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                codePoint = ((code - 0xD800) << 10) + (trailing - 0xDC00) + 0x10000;
                return 12;
            }
        }

        codePoint = 0;
        invalidLength = 6;
        return 0;
    }

    private static int ReadHex4(ReadOnlySpan<char> source, int position)
    {
        var a = CharacterClasses.HexValue(At(source, position));
        var b = CharacterClasses.HexValue(At(source, position + 1));
        var c = CharacterClasses.HexValue(At(source, position + 2));
        var d = CharacterClasses.HexValue(At(source, position + 3));
        return (a | b | c | d) < 0 ? -1 : (a << 12) | (b << 8) | (c << 4) | d;
    }

    // Past the end reads as -1, which matches no character class (graphql-js reads NaN there).
    private static int At(ReadOnlySpan<char> source, int index) => index < source.Length ? source[index] : -1;
}
