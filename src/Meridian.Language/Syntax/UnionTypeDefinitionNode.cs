namespace Meridian.Language;

/// <summary><c>union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    public UnionTypeDefinitionNode(Location? location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
        Types = types;
    }

    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<NamedTypeNode> Types { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

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
