namespace Meridian.Language;

/// <summary><c>extend input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    public InputObjectTypeExtensionNode(Location? location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
        : base(location)
    {
        Name = name;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Fields)
        {
            yield return node;
        }
    }
}
