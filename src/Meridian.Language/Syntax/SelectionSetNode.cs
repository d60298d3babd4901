namespace Meridian.Language;

/// <summary>The selections between braces.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public SelectionSetNode(Location? location, IReadOnlyList<ISelectionNode> selections)
        : base(location)
    {
        Selections = selections;
    }

    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<ISelectionNode> Selections { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Selections)
        {
            yield return node;
        }
    }
}
