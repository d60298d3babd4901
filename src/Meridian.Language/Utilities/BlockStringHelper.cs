using System.Buffers;
using System.Text;

namespace Meridian.Language;

/// <summary>
/// The block string rules of §2.9.4: <see cref="Dedent(string)"/> is the specification's BlockStringValue() (common
/// indentation and blank leading and trailing lines removed); <see cref="Print(string, bool)"/> writes a value back as a block string
/// the way graphql-js does, and <see cref="IsPrintableAsBlockString"/> tells whether that round-trips.
/// </summary>
public static class BlockStringHelper
{
    /// <summary>BlockStringValue(rawValue): the value of a block string whose raw text (between the quotes) is given.</summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        return Dedent(rawValue.AsSpan(), unescapeTripleQuotes: false);
    }

    /// <summary>
    /// BlockStringValue() over raw source text, optionally turning <c>\"""</c> into <c>"""</c> on the way (an escape
    /// never changes a line's indentation, so one pass does both).
    /// </summary>
    internal static string Dedent(ReadOnlySpan<char> raw, bool unescapeTripleQuotes)
    {
        var commonIndent = int.MaxValue;
        var firstContentLine = -1;
        var lastContentLine = -1;
        var lineIndex = 0;
        for (var lineStart = 0; lineStart <= raw.Length; lineIndex++)
        {
            var lineEnd = LineEnd(raw, lineStart);
            var line = raw[lineStart..lineEnd];
            var indent = LeadingWhitespace(line);
            if (indent < line.Length)
            {
                if (lineIndex > 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }

                if (firstContentLine < 0)
                {
                    firstContentLine = lineIndex;
                }

                lastContentLine = lineIndex;
            }

            lineStart = NextLineStart(raw, lineEnd);
        }

        if (firstContentLine < 0)
        {
            return string.Empty;
        }

        if (commonIndent == int.MaxValue)
        {
            commonIndent = 0;
        }

        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var length = 0;
            lineIndex = 0;
            for (var lineStart = 0; lineIndex <= lastContentLine; lineIndex++)
            {
                var lineEnd = LineEnd(raw, lineStart);
                if (lineIndex >= firstContentLine)
                {
                    var line = raw[lineStart..lineEnd];
                    if (lineIndex > 0)
                    {
                        line = line[Math.Min(commonIndent, line.Length)..];
                    }

                    if (lineIndex > firstContentLine)
                    {
                        buffer[length++] = '\n';
                    }

                    length += unescapeTripleQuotes ? CopyUnescaped(line, buffer[length..]) : Copy(line, buffer[length..]);
                }

                lineStart = NextLineStart(raw, lineEnd);
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// True when <paramref name="value"/> printed as a block string reads back as the same value: no control characters
    /// other than tab and line feed, no carriage return, no blank first or last line and no indentation shared by every
    /// line after the first.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\r':
                case < ' ' and not '\t' and not '\n':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>The value as block string source (quotes included), laid out as graphql-js's printBlockString lays it out.</summary>
    public static string Print(string value, bool minimize = false)
    {
        var builder = new StringBuilder(value.Length + 8);
        Print(builder, value, minimize);
        return builder.ToString();
    }

    /// <summary>Appends the block string to <paramref name="builder"/>.</summary>
    public static void Print(StringBuilder builder, string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(value);

        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = value.IndexOfAny(['\n', '\r']) < 0;

        // Lines after the first that all start with whitespace would lose it to dedenting unless the value starts on a
        // fresh line.
        var forceLeadingNewLine = !isSingleLine && AllLaterLinesIndentedOrEmpty(escaped);
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharacterClasses.IsWhitespace(value[0]);

        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
    }

    private static bool AllLaterLinesIndentedOrEmpty(string text)
    {
        var span = text.AsSpan();
        var lineStart = NextLineStart(span, LineEnd(span, 0));
        while (lineStart <= span.Length)
        {
            var lineEnd = LineEnd(span, lineStart);
            if (lineEnd > lineStart && !CharacterClasses.IsWhitespace(span[lineStart]))
            {
                return false;
            }

            lineStart = NextLineStart(span, lineEnd);
        }

        return true;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int lineStart)
    {
        var index = text[lineStart..].IndexOfAny('\n', '\r');
        return index < 0 ? text.Length : lineStart + index;
    }

    // The start of the line after the terminator at lineEnd; text.Length + 1 when lineEnd is the end of the text.
    private static int NextLineStart(ReadOnlySpan<char> text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length + 1;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var count = 0;
        while (count < line.Length && CharacterClasses.IsWhitespace(line[count]))
        {
            count++;
        }

        return count;
    }

    private static int Copy(ReadOnlySpan<char> line, Span<char> destination)
    {
        line.CopyTo(destination);
        return line.Length;
    }

    private static int CopyUnescaped(ReadOnlySpan<char> line, Span<char> destination)
    {
        var length = 0;
        var position = 0;
        while (position < line.Length)
        {
            if (line[position] == '\\' && line[position..].StartsWith("\\\"\"\""))
            {
                // Drop only the backslash; the quotes are copied as ordinary characters.
                position++;
                continue;
            }

            destination[length++] = line[position++];
        }

        return length;
    }
}
