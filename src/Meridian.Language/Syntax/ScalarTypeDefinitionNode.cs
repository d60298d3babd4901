namespace Meridian.Language;

/// <summary><c>scalar Name @directives</c>.</summary>
public sealed class ScalarTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    public ScalarTypeDefinitionNode(Location? location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

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
    }
}
