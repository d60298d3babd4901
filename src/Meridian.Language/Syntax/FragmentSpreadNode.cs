namespace Meridian.Language;

/// <summary>A named fragment spread: <c>...Name @directives</c>.</summary>
public sealed class FragmentSpreadNode : SyntaxNode, ISelectionNode, INamedSyntaxNode
{
    public FragmentSpreadNode(Location? location, NameNode name, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Directives)
        {
            yield return node;
        }
    }
}
