namespace Meridian.Language;

/// <summary>A field selection, with its alias, arguments, directives and sub-selections.</summary>
public sealed class FieldNode : SyntaxNode, ISelectionNode
{
    public FieldNode(Location? location, NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet)
        : base(location)
    {
        Alias = alias;
        Name = name;
        Arguments = arguments;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; }

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode? SelectionSet { get; }

    /// <summary>The key of this field in the response: the alias when there is one, else the field name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Alias is not null)
        {
            yield return Alias;
        }

        yield return Name;

        foreach (var node in Arguments)
        {
            yield return node;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        if (SelectionSet is not null)
        {
            yield return SelectionSet;
        }
    }
}
