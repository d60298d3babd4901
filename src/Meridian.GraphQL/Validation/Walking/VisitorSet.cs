using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// The visitors of one validation, called in parallel over one walk (graphql-js's <c>visitInParallel</c>): per node
/// kind, the visitors that hook it; per visitor, the node whose children it skips until that node is left.
/// </summary>
internal sealed class VisitorSet
{
    private static readonly ISyntaxNode Stopped = new NameNode("stopped");

    private readonly ValidationVisitor[] _visitors;
    private readonly int[][] _enterByKind;
    private readonly int[][] _leaveByKind;
    private readonly ISyntaxNode?[] _skipping;

    // Skips nest like the nodes they start at, so the innermost one is always on top.
    private readonly Stack<(ISyntaxNode Node, int Visitor)> _skips = new();

    public VisitorSet(IReadOnlyList<ValidationVisitor> visitors)
    {
        _visitors = [.. visitors];
        _skipping = new ISyntaxNode?[_visitors.Length];
        var layout = VisitorLayout.For(_visitors);
        _enterByKind = layout.EnterByKind;
        _leaveByKind = layout.LeaveByKind;
    }

    /// <summary>Calls the Enter hooks for <paramref name="node"/>; false when validation was aborted.</summary>
    public bool Enter(ISyntaxNode node, ValidationContext context)
    {
        var indices = _enterByKind[(int)node.Kind];
        for (var k = 0; k < indices.Length; k++)
        {
            var i = indices[k];
            if (_skipping[i] is not null)
            {
                continue;
            }

            var action = _visitors[i].DispatchEnter(node, context);
            if (action == VisitorAction.Skip)
            {
                _skipping[i] = node;
                _skips.Push((node, i));
            }
            else if (action == VisitorAction.Break)
            {
                _skipping[i] = Stopped;
            }

            if (context.IsAborted)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Calls the Leave hooks for <paramref name="node"/> and resumes visitors that skipped it; false when aborted.</summary>
    public bool Leave(ISyntaxNode node, ValidationContext context)
    {
        var indices = _leaveByKind[(int)node.Kind];
        for (var k = 0; k < indices.Length; k++)
        {
            var i = indices[k];
            if (_skipping[i] is not null)
            {
                continue;
            }

            if (_visitors[i].DispatchLeave(node, context) == VisitorAction.Break)
            {
                _skipping[i] = Stopped;
            }

            if (context.IsAborted)
            {
                return false;
            }
        }

        while (_skips.TryPeek(out var skip) && ReferenceEquals(skip.Node, node))
        {
            _skips.Pop();
            if (ReferenceEquals(_skipping[skip.Visitor], node))
            {
                _skipping[skip.Visitor] = null;
            }
        }

        return true;
    }
}
