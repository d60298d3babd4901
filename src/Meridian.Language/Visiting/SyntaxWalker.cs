namespace Meridian.Language;

/// <summary>
/// A depth-first walk over a syntax tree with an Enter and a Leave hook per node kind (override the ones you need;
/// the rest fall back to <see cref="DefaultEnter"/> and <see cref="DefaultLeave"/>). Children are visited in source
/// order. Enter may return <see cref="VisitorAction.Skip"/> to pass over a node's children or
/// <see cref="VisitorAction.Break"/> to stop; Leave may return Break. The walk dispatches on
/// <see cref="ISyntaxNode.Kind"/> and reads children directly: no reflection, iterators or allocation per node.
/// Recursion depth is the tree's depth, which the parser bounds. One instance walks one tree at a time.
/// </summary>
public abstract partial class SyntaxWalker<TContext>
{
    private readonly List<ISyntaxNode> _ancestors = [];

    /// <summary>The nodes from the root down to the parent of the node being visited.</summary>
    protected IReadOnlyList<ISyntaxNode> Ancestors => _ancestors;

    /// <summary>The parent of the node being visited; null at the root.</summary>
    protected ISyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>Walks the tree under <paramref name="node"/>; false when a hook stopped the walk with Break.</summary>
    public bool Walk(ISyntaxNode node, TContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        _ancestors.Clear();
        return Visit(node, context);
    }

    /// <summary>The Enter hook of every kind that is not overridden.</summary>
    protected virtual VisitorAction DefaultEnter(ISyntaxNode node, TContext context) => VisitorAction.Continue;

    /// <summary>The Leave hook of every kind that is not overridden.</summary>
    protected virtual VisitorAction DefaultLeave(ISyntaxNode node, TContext context) => VisitorAction.Continue;

    private bool Visit(ISyntaxNode node, TContext context)
    {
        var action = DispatchEnter(node, context);
        if (action == VisitorAction.Break)
        {
            return false;
        }

        if (action == VisitorAction.Continue)
        {
            _ancestors.Add(node);
            var completed = VisitChildren(node, context);
            _ancestors.RemoveAt(_ancestors.Count - 1);
            if (!completed)
            {
                return false;
            }
        }

        return DispatchLeave(node, context) != VisitorAction.Break;
    }

    private bool VisitOptional(ISyntaxNode? node, TContext context) => node is null || Visit(node, context);

    private bool VisitAll<T>(IReadOnlyList<T> nodes, TContext context)
        where T : ISyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Visit(nodes[i], context))
            {
                return false;
            }
        }

        return true;
    }
}
