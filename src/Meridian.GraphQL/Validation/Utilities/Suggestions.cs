namespace Meridian.Validation;

/// <summary>
/// "Did you mean …?" hints in graphql-js's wording: candidate names close to a misspelt one (by an edit distance in
/// which a change of case counts as one edit and so does swapping two neighbours), closest first, at most five.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options within an edit distance of 40% of <paramref name="input"/>'s length (plus one), closest first, ties in natural order.</summary>
    public static IReadOnlyList<string> Rank(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = (input.Length * 4 / 10) + 1;
        var distance = new LexicalDistance(input);
        var ranked = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (seen.Add(option) && distance.Measure(option, threshold) is { } d)
            {
                ranked.Add((option, d));
            }
        }

        ranked.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalOrder.Compare(a.Option, b.Option));
        var result = new string[ranked.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = ranked[i].Option;
        }

        return result;
    }

    /// <summary><c> Did you mean "a", "b", or "c"?</c> (empty when there are none); <paramref name="subMessage"/> goes after "mean".</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        var quoted = new string[count];
        for (var i = 0; i < count; i++)
        {
            quoted[i] = $"\"{suggestions[i]}\"";
        }

        var prefix = subMessage is null ? " Did you mean " : $" Did you mean {subMessage} ";
        return prefix + OrList(quoted) + "?";
    }

    /// <summary>A, A or B, A, B, or C.</summary>
    public static string OrList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => $"{items[0]} or {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", or " + items[^1],
    };

    /// <summary>A Damerau–Levenshtein distance on lower-cased text that stops early past a threshold.</summary>
    private sealed class LexicalDistance
    {
        private readonly string _input;
        private readonly string _inputLower;
        private readonly int[][] _rows;

        public LexicalDistance(string input)
        {
            _input = input;
            _inputLower = input.ToLowerInvariant();
            _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
        }

        public int? Measure(string option, int threshold)
        {
            if (string.Equals(_input, option, StringComparison.Ordinal))
            {
                return 0;
            }

            var optionLower = option.ToLowerInvariant();
            if (string.Equals(_inputLower, optionLower, StringComparison.Ordinal))
            {
                return 1;
            }

            var a = optionLower;
            var b = _inputLower;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            if (a.Length - b.Length > threshold)
            {
                return null;
            }

            // b is the shorter string, so it is never longer than the input the rows were sized for.
            var rows = _rows;
            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                var up = rows[(i - 1) % 3];
                var current = rows[i % 3];
                var smallest = current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    smallest = Math.Min(smallest, cell);
                    current[j] = cell;
                }

                if (smallest > threshold)
                {
                    return null;
                }
            }

            var result = rows[a.Length % 3][b.Length];
            return result <= threshold ? result : null;
        }
    }
}
