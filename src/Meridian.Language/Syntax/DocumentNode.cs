namespace Meridian.Language;

/// <summary>A whole GraphQL document: executable definitions, type-system definitions and extensions.</summary>
public sealed class DocumentNode : SyntaxNode
{
    public DocumentNode(Location? location, IReadOnlyList<IDefinitionNode> definitions)
        : base(location)
    {
        Definitions = definitions;
    }

    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<IDefinitionNode> Definitions { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Definitions)
        {
            yield return node;
        }
    }
}
