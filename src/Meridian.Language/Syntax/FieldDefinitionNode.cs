namespace Meridian.Language;

/// <summary>A field of an object or interface type definition.</summary>
public sealed class FieldDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    public FieldDefinitionNode(Location? location, StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, ITypeNode type, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        Description = description;
        Name = name;
        Arguments = arguments;
        Type = type;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    public ITypeNode Type { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        foreach (var node in Arguments)
        {
            yield return node;
        }

        yield return Type;

        foreach (var node in Directives)
        {
            yield return node;
        }
    }
}
