namespace Meridian.Language;

/// <summary><c>enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    public EnumTypeDefinitionNode(Location? location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
        Values = values;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }

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

        foreach (var node in Values)
        {
            yield return node;
        }
    }
}
