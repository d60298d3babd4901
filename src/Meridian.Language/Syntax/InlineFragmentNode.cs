namespace Meridian.Language;

/// <summary>An inline fragment: <c>... on Type @directives { … }</c>; the type condition is optional.</summary>
public sealed class InlineFragmentNode : SyntaxNode, ISelectionNode
{
    public InlineFragmentNode(Location? location, NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
        : base(location)
    {
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (TypeCondition is not null)
        {
            yield return TypeCondition;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        yield return SelectionSet;
    }
}
