namespace Meridian.Language;

/// <summary>A variable an operation declares: <c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives, IHasDescription
{
    public VariableDefinitionNode(Location? location, StringValueNode? description, VariableNode variable, ITypeNode type, IValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        Description = description;
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public StringValueNode? Description { get; }

    public VariableNode Variable { get; }

    public ITypeNode Type { get; }

    public IValueNode? DefaultValue { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Variable;

        yield return Type;

        if (DefaultValue is not null)
        {
            yield return DefaultValue;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }
    }
}
