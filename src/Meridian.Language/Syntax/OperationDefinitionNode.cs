namespace Meridian.Language;

/// <summary>A query, mutation or subscription operation (§2.3). The shorthand <c>{ … }</c> form has no name and no variables.</summary>
public sealed class OperationDefinitionNode : SyntaxNode, IExecutableDefinitionNode, IHasDirectives, IHasDescription
{
    public OperationDefinitionNode(Location? location, StringValueNode? description, OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
        : base(location)
    {
        Description = description;
        Operation = operation;
        Name = name;
        VariableDefinitions = variableDefinitions;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public StringValueNode? Description { get; }

    public OperationType Operation { get; }

    public NameNode? Name { get; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        if (Name is not null)
        {
            yield return Name;
        }

        foreach (var node in VariableDefinitions)
        {
            yield return node;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        yield return SelectionSet;
    }
}
