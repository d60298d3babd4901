using Meridian.Language;

namespace Meridian.Conformance;

/// <summary>The language checks every parsable case goes through: parse, print, parse again, compare, print again.</summary>
public static class RoundTrip
{
    /// <summary>Null when the text parses and survives printing in both layouts; otherwise what went wrong.</summary>
    public static string? Check(string text, Func<string, ISyntaxNode> parse)
    {
        ISyntaxNode tree;
        try
        {
            tree = parse(text);
        }
        catch (SyntaxException error)
        {
            return $"does not parse: {error.Message} ({error.Line}:{error.Column})";
        }

        foreach (var indented in new[] { true, false })
        {
            var printed = SyntaxPrinter.Print(tree, indented);
            ISyntaxNode reparsed;
            try
            {
                reparsed = parse(printed);
            }
            catch (SyntaxException error)
            {
                return $"printed text does not parse ({Layout(indented)}): {error.Message}";
            }

            if (!SyntaxComparer.Instance.Equals(tree, reparsed))
            {
                return $"printed text parses to a different tree ({Layout(indented)})";
            }

            if (SyntaxPrinter.Print(reparsed, indented) != printed)
            {
                return $"printing is not stable ({Layout(indented)})";
            }
        }

        return null;
    }

    /// <summary>Null when the parser rejects the text with a syntax error; otherwise a note that it was accepted.</summary>
    public static string? CheckRejected(string text, Func<string, ISyntaxNode> parse)
    {
        try
        {
            parse(text);
            return "was accepted, but must be a syntax error";
        }
        catch (SyntaxException)
        {
            return null;
        }
    }

    public static ISyntaxNode ParseDocument(string text) => Parser.Parse(text);

    private static string Layout(bool indented) => indented ? "indented" : "compact";
}
