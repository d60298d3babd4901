namespace Meridian.Language;

/// <summary>One field of an input object literal.</summary>
public sealed class ObjectFieldNode : SyntaxNode, INamedSyntaxNode
{
    public ObjectFieldNode(Location? location, NameNode name, IValueNode value)
        : base(location)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public NameNode Name { get; }

    public IValueNode Value { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        yield return Value;
    }
}
