using System.Buffers;

namespace Meridian.Language;

/// <summary>Turns the content of a quoted string that the lexer validated into its value, resolving escapes.</summary>
internal static class StringValueDecoder
{
    public static string Decode(ReadOnlySpan<char> content)
    {
        // The value is never longer than its source text.
        char[]? rented = null;
        var buffer = content.Length <= 256
            ? stackalloc char[256]
            : (rented = ArrayPool<char>.Shared.Rent(content.Length));
        try
        {
            var length = 0;
            var position = 0;
            while (position < content.Length)
            {
                var next = content[position..].IndexOf('\\');
                if (next < 0)
                {
                    content[position..].CopyTo(buffer[length..]);
                    length += content.Length - position;
                    break;
                }

                content.Slice(position, next).CopyTo(buffer[length..]);
                length += next;
                position += next;

                position += EscapeSequence.Read(content, position, out var codePoint, out _);
                if (codePoint >= 0x10000)
                {
                    codePoint -= 0x10000;
                    buffer[length++] = (char)(0xD800 + (codePoint >> 10));
                    buffer[length++] = (char)(0xDC00 + (codePoint & 0x3FF));
                }
                else
                {
                    buffer[length++] = (char)codePoint;
                }
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
}
