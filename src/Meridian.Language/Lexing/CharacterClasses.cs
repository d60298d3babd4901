using System.Runtime.CompilerServices;

namespace Meridian.Language;

/// <summary>The character classes of the lexical grammar (Appendix C), over UTF-16 code units.</summary>
internal static class CharacterClasses
{
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Underscore = 4;

    // One entry per ASCII code unit; everything outside ASCII belongs to none of these classes.
    private static ReadOnlySpan<byte> Classes =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 4,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStart(char c) => c < 128 && (Classes[c] & (Letter | Underscore)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameContinue(char c) => c < 128 && Classes[c] != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhitespace(char c) => c is ' ' or '\t';

    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    public static bool IsUnicodeScalarValue(int codePoint) =>
        codePoint is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    /// <summary>True when the code unit at <paramref name="index"/> starts a well-formed surrogate pair.</summary>
    public static bool IsSurrogatePairAt(ReadOnlySpan<char> source, int index) =>
        index + 1 < source.Length && char.IsHighSurrogate(source[index]) && char.IsLowSurrogate(source[index + 1]);

    /// <summary>
    /// How graphql-js names the source character at <paramref name="index"/> in messages: printable ASCII in quotes,
    /// anything else as <c>U+XXXX</c>, and the end of the source as <c>&lt;EOF&gt;</c>.
    /// </summary>
    public static string Describe(ReadOnlySpan<char> source, int index)
    {
        if (index >= source.Length)
        {
            return "<EOF>";
        }

        var c = source[index];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var codePoint = IsSurrogatePairAt(source, index) ? char.ConvertToUtf32(c, source[index + 1]) : c;
        return "U+" + codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
