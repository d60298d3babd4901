namespace Meridian.Language;

/// <summary>A list literal: <c>[a, b]</c>.</summary>
public sealed class ListValueNode : SyntaxNode, IValueNode
{
    public ListValueNode(Location? location, IReadOnlyList<IValueNode> items)
        : base(location)
    {
        Items = items;
    }

    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<IValueNode> Items { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Items)
        {
            yield return node;
        }
    }
}
