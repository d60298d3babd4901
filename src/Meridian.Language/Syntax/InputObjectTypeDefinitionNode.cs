namespace Meridian.Language;

/// <summary><c>input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    public InputObjectTypeDefinitionNode(Location? location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }

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

        foreach (var node in Fields)
        {
            yield return node;
        }
    }
}
