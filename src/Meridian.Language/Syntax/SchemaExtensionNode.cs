namespace Meridian.Language;

/// <summary><c>extend schema @directives { … }</c>.</summary>
public sealed class SchemaExtensionNode : SyntaxNode, ITypeSystemExtensionNode, IHasDirectives
{
    public SchemaExtensionNode(Location? location, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
        : base(location)
    {
        Directives = directives;
        OperationTypes = operationTypes;
    }

    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in OperationTypes)
        {
            yield return node;
        }
    }
}
