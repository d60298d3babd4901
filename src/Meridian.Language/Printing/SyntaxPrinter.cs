using System.Text;

namespace Meridian.Language;

/// <summary>
/// Prints syntax trees back to GraphQL source, following graphql-js's <c>print</c> layout: two-space indentation,
/// descriptions on their own line, block strings kept as block strings, and argument lists, lists and input objects
/// broken over lines when they would pass 80 characters. Compact mode prints everything on one line. The printed text
/// parses back to an equal tree (<see cref="SyntaxComparer"/>).
/// </summary>
public static class SyntaxPrinter
{
    public static string Print(ISyntaxNode node, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(node);
        var builder = new StringBuilder();
        Print(node, builder, indented);
        return builder.ToString();
    }

    /// <summary>Appends the printed node to <paramref name="builder"/>.</summary>
    public static void Print(ISyntaxNode node, StringBuilder builder, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(builder);
        new PrintSession(new PrintWriter(builder, indented)).Visit(node);
    }
}
