namespace Meridian.Language;

/// <summary>One value of an enum type definition.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    public EnumValueDefinitionNode(Location? location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

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
