using System.Text;

namespace Meridian.CodeFirst;

/// <summary>The casing rules of Hot Chocolate's conventions: camelCase for fields and arguments, UPPER_SNAKE for enum values.</summary>
public static class NameFormatter
{
    /// <summary>
    /// Lower-cases the leading run of capitals, keeping the last one of a run that starts a new word:
    /// <c>Title</c> → <c>title</c>, <c>ISBN</c> → <c>isbn</c>, <c>URLValue</c> → <c>urlValue</c>.
    /// </summary>
    public static string ToCamelCase(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!char.IsUpper(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        // In "URLValue" the run is "URLV": "V" starts the next word, so only "URL" is lowered.
        var lowered = upper == name.Length || upper == 1 || !char.IsLower(name[upper]) ? upper : upper - 1;
        return string.Create(name.Length, (name, lowered), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i < state.lowered ? char.ToLowerInvariant(state.name[i]) : state.name[i];
            }
        });
    }

    /// <summary>
    /// Splits words at case changes and joins them upper-cased with underscores:
    /// <c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPServer</c> → <c>HTTP_SERVER</c>, <c>Value2</c> → <c>VALUE2</c>.
    /// </summary>
    public static string ToUpperSnakeCase(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (i > 0 && char.IsUpper(current) && name[i - 1] != '_')
            {
                var previous = name[i - 1];
                var startsWord = char.IsLower(previous) || char.IsDigit(previous)
                    || (char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]));
                if (startsWord)
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(current));
        }

        return builder.ToString();
    }

    /// <summary>Upper-cases the first letter: <c>createBook</c> → <c>CreateBook</c>.</summary>
    public static string ToPascalCase(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
