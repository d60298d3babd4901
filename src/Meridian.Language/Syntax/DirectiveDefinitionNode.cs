namespace Meridian.Language;

/// <summary><c>directive @name(arguments) repeatable on LOCATION | …</c>.</summary>
public sealed class DirectiveDefinitionNode : SyntaxNode, ITypeSystemDefinitionNode, INamedSyntaxNode, IHasDescription
{
    public DirectiveDefinitionNode(Location? location, StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool isRepeatable, IReadOnlyList<NameNode> locations)
        : base(location)
    {
        Description = description;
        Name = name;
        Arguments = arguments;
        IsRepeatable = isRepeatable;
        Locations = locations;
    }

    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    public bool IsRepeatable { get; }

    public IReadOnlyList<NameNode> Locations { get; }

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

        foreach (var node in Locations)
        {
            yield return node;
        }
    }
}
