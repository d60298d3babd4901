namespace Meridian.Language;

/// <summary><c>schema { query: Query … }</c>.</summary>
public sealed class SchemaDefinitionNode : SyntaxNode, ITypeSystemDefinitionNode, IHasDirectives, IHasDescription
{
    public SchemaDefinitionNode(Location? location, StringValueNode? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
        : base(location)
    {
        Description = description;
        Directives = directives;
        OperationTypes = operationTypes;
    }

    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

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
