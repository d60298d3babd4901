namespace Meridian.Language;

/// <summary><c>extend enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    public EnumTypeExtensionNode(Location? location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
        : base(location)
    {
        Name = name;
        Directives = directives;
        Values = values;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
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
