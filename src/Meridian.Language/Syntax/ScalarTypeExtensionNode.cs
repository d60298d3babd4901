namespace Meridian.Language;

/// <summary><c>extend scalar Name @directives</c>.</summary>
public sealed class ScalarTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    public ScalarTypeExtensionNode(Location? location, NameNode name, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

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
