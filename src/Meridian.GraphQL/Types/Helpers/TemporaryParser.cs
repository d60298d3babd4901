using Meridian.Language;

namespace Meridian.Types;

// Stand-in until the Meridian.Language parser is merged: parses type references only. Delete once
// Meridian.Language.Parser exists.
internal static class Parser
{
    public static DocumentNode Parse(string text) =>
        throw new NotSupportedException($"SDL parsing arrives with the Meridian.Language parser ({text.Length} characters given).");

    public static ITypeNode ParseType(string text)
    {
        var position = 0;
        var type = ReadType(text, ref position);
        SkipIgnored(text, ref position);
        if (position != text.Length)
        {
            throw new FormatException($"Unexpected character at {position} in type reference \"{text}\".");
        }

        return type;
    }

    private static ITypeNode ReadType(string text, ref int position)
    {
        SkipIgnored(text, ref position);
        INullableTypeNode type;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            var element = ReadType(text, ref position);
            SkipIgnored(text, ref position);
            if (position >= text.Length || text[position] != ']')
            {
                throw new FormatException($"Expected ] in type reference \"{text}\".");
            }

            position++;
            type = new ListTypeNode(null, element);
        }
        else
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            if (start == position)
            {
                throw new FormatException($"Expected a name in type reference \"{text}\".");
            }

            type = new NamedTypeNode(text[start..position]);
        }

        SkipIgnored(text, ref position);
        if (position < text.Length && text[position] == '!')
        {
            position++;
            return new NonNullTypeNode(null, type);
        }

        return type;
    }

    private static void SkipIgnored(string text, ref int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == ','))
        {
            position++;
        }
    }
}
