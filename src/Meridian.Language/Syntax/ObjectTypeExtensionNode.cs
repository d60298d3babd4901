namespace Meridian.Language;

/// <summary><c>extend type Name implements … @directives { fields }</c>.</summary>
public sealed class ObjectTypeExtensionNode : SyntaxNode, ITypeExtensionNode, IComplexTypeNode
{
    public ObjectTypeExtensionNode(Location? location, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
        : base(location)
    {
        Name = name;
        Interfaces = interfaces;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public NameNode Name { get; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
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
