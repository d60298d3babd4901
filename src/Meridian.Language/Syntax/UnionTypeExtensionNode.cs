namespace Meridian.Language;

/// <summary><c>extend union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    public UnionTypeExtensionNode(Location? location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
        : base(location)
    {
        Name = name;
        Directives = directives;
        Types = types;
    }

    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<NamedTypeNode> Types { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Types)
        {
            yield return node;
        }
    }
}
