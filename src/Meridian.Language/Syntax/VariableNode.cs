namespace Meridian.Language;

/// <summary>A use of a variable: <c>$name</c>.</summary>
public sealed class VariableNode : SyntaxNode, IValueNode
{
    public VariableNode(Location? location, NameNode name)
        : base(location)
    {
        Name = name;
    }

    public override SyntaxKind Kind => SyntaxKind.Variable;

    public NameNode Name { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
    }
}
