namespace Meridian.Language;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeNode : SyntaxNode, INullableTypeNode, INamedSyntaxNode
{
    public NamedTypeNode(Location? location, NameNode name)
        : base(location)
    {
        Name = name;
    }

    public NamedTypeNode(string name)
        : this(null, new NameNode(name))
    {
    }

    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public NameNode Name { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
    }
}
