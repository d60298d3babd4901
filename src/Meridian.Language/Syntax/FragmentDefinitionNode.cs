namespace Meridian.Language;

/// <summary>A named fragment definition: <c>fragment Name on Type { … }</c>.</summary>
public sealed class FragmentDefinitionNode : SyntaxNode, IExecutableDefinitionNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    public FragmentDefinitionNode(Location? location, StringValueNode? description, NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
        : base(location)
    {
        Description = description;
        Name = name;
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public NamedTypeNode TypeCondition { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        yield return TypeCondition;

        foreach (var node in Directives)
        {
            yield return node;
        }

        yield return SelectionSet;
    }
}
