using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// The one walk of a validation: for each node of the executable definitions it updates the type information, calls
/// the visitors' hooks, and stops when the error limit aborts validation. Type-system definitions are not walked
/// (Executable Definitions reports them). The cancellation token is checked every few hundred nodes.
/// </summary>
internal sealed class ValidationWalker : SyntaxWalker<ValidationContext>
{
    private const int CancellationCheckInterval = 256;

    private readonly VisitorSet _visitors;
    private int _nodeCount;

    public ValidationWalker(VisitorSet visitors)
    {
        _visitors = visitors;
    }

    protected override VisitorAction DefaultEnter(ISyntaxNode node, ValidationContext context)
    {
        if (node.Kind >= SyntaxKind.SchemaDefinition)
        {
            return VisitorAction.Skip;
        }

        if (++_nodeCount % CancellationCheckInterval == 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
        }

        context.Enter(node);
        return _visitors.Enter(node, context) ? VisitorAction.Continue : VisitorAction.Break;
    }

    protected override VisitorAction DefaultLeave(ISyntaxNode node, ValidationContext context)
    {
        if (node.Kind >= SyntaxKind.SchemaDefinition)
        {
            return VisitorAction.Continue;
        }

        var completed = _visitors.Leave(node, context);
        context.Leave(node);
        return completed ? VisitorAction.Continue : VisitorAction.Break;
    }
}
