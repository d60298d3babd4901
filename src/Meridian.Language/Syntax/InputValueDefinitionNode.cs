namespace Meridian.Language;

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    public InputValueDefinitionNode(Location? location, StringValueNode? description, NameNode name, ITypeNode type, IValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        Description = description;
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public ITypeNode Type { get; }

    public IValueNode? DefaultValue { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        yield return Type;

        if (DefaultValue is not null)
        {
            yield return DefaultValue;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }
    }
}
