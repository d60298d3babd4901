namespace Meridian.Language;

/// <summary><c>interface Name implements A @directives { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode, IComplexTypeNode
{
    public InterfaceTypeDefinitionNode(Location? location, StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
        : base(location)
    {
        Description = description;
        Name = name;
        Interfaces = interfaces;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        foreach (var node in Interfaces)
        {
            yield return node;
        }

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
