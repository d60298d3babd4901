using System.Text;
using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Two fields that share a response name but cannot be merged: why (a message, or the conflicts of their subfields)
/// and the two field nodes. Nested conflicts form a tree; the reason text and the node lists are produced from it in
/// one pass each, without recursion, so a conflict found thousands of levels down costs time in proportion to its size.
/// </summary>
internal sealed class FieldConflict
{
    // As graphql-js 17, so that a conflict thousands of levels deep still gives an error of reasonable size.
    private const int MaxReasonLength = 1_000;
    private const int MaxNodesPerSide = 20;

    private readonly string? _message;
    private readonly IReadOnlyList<FieldConflict>? _subConflicts;
    private readonly FieldNode _node1;
    private readonly FieldNode _node2;

    private FieldConflict(string responseName, string? message, IReadOnlyList<FieldConflict>? subConflicts, FieldNode node1, FieldNode node2)
    {
        ResponseName = responseName;
        _message = message;
        _subConflicts = subConflicts;
        _node1 = node1;
        _node2 = node2;
    }

    public string ResponseName { get; }

    public static FieldConflict Because(string responseName, string message, FieldNode node1, FieldNode node2) =>
        new(responseName, message, null, node1, node2);

    public static FieldConflict OfSubfields(string responseName, IReadOnlyList<FieldConflict> subConflicts, FieldNode node1, FieldNode node2) =>
        new(responseName, null, subConflicts, node1, node2);

    /// <summary>
    /// graphql-js's reason text: the message, or <c>subfields "x" conflict because …</c> joined with " and ";
    /// past 1,000 characters it is cut and ends with "...".
    /// </summary>
    public string Reason()
    {
        var text = new StringBuilder();
        var pending = new Stack<object>();
        pending.Push(this);
        while (pending.TryPop(out var item))
        {
            if (text.Length > MaxReasonLength)
            {
                return Abbreviate(text.ToString());
            }

            if (item is string literal)
            {
                text.Append(literal);
                continue;
            }

            var conflict = (FieldConflict)item;
            if (conflict._subConflicts is not { } subConflicts)
            {
                text.Append(conflict._message);
                continue;
            }

            for (var i = subConflicts.Count - 1; i >= 0; i--)
            {
                pending.Push(subConflicts[i]);
                pending.Push($"subfields \"{Abbreviate(subConflicts[i].ResponseName)}\" conflict because ");
                if (i > 0)
                {
                    pending.Push(" and ");
                }
            }
        }

        return Abbreviate(text.ToString());
    }

    /// <summary>Text cut to 1,000 characters and "..." when it is longer.</summary>
    public static string Abbreviate(string text) =>
        text.Length > MaxReasonLength ? string.Concat(text.AsSpan(0, MaxReasonLength), "...") : text;

    /// <summary>
    /// The nodes of both sides: this conflict's first (or second) field, then those of each subfield conflict, depth
    /// first, at most 20 per side.
    /// </summary>
    public List<ISyntaxNode> Nodes()
    {
        var nodes = new List<ISyntaxNode>();
        AppendSide(nodes, first: true);
        AppendSide(nodes, first: false);
        return nodes;
    }

    private void AppendSide(List<ISyntaxNode> nodes, bool first)
    {
        var pending = new Stack<FieldConflict>();
        pending.Push(this);
        var added = 0;
        while (added < MaxNodesPerSide && pending.TryPop(out var conflict))
        {
            nodes.Add(first ? conflict._node1 : conflict._node2);
            added++;
            if (conflict._subConflicts is { } subConflicts)
            {
                for (var i = subConflicts.Count - 1; i >= 0; i--)
                {
                    pending.Push(subConflicts[i]);
                }
            }
        }
    }
}
