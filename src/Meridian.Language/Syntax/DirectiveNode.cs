namespace Meridian.Language;

/// <summary>An applied directive: <c>@name(arguments)</c>.</summary>
public sealed class DirectiveNode : SyntaxNode, INamedSyntaxNode
{
    public DirectiveNode(Location? location, NameNode name, IReadOnlyList<ArgumentNode> arguments)
        : base(location)
    {
        Name = name;
        Arguments = arguments;
    }

    public override SyntaxKind Kind => SyntaxKind.Directive;

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Arguments)
        {
            yield return node;
        }
    }
}
