namespace Meridian.Language;

/// <summary>An argument given to a field or directive: <c>name: value</c>.</summary>
public sealed class ArgumentNode : SyntaxNode, INamedSyntaxNode
{
    public ArgumentNode(Location? location, NameNode name, IValueNode value)
        : base(location)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.Argument;

    public NameNode Name { get; }

    public IValueNode Value { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        yield return Value;
    }
}
