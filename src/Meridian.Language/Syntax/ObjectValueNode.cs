namespace Meridian.Language;

/// <summary>An input object literal: <c>{ name: value }</c>.</summary>
public sealed class ObjectValueNode : SyntaxNode, IValueNode
{
    public ObjectValueNode(Location? location, IReadOnlyList<ObjectFieldNode> fields)
        : base(location)
    {
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Fields)
        {
            yield return node;
        }
    }
}
