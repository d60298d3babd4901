namespace Meridian.Language;

/// <summary>One root operation type of a schema definition or extension: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public OperationTypeDefinitionNode(Location? location, OperationType operation, NamedTypeNode type)
        : base(location)
    {
        Operation = operation;
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; }

    public NamedTypeNode Type { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }
}
