namespace Meridian.Language;

/// <summary>
/// Structural equality of syntax trees, ignoring how the source was laid out: locations, and whether a string was
/// written as a block string (its value is what counts), are not compared. The hash code looks at the node's kind
/// and name only, which is cheap and consistent with equality.
/// </summary>
public sealed class SyntaxComparer : IEqualityComparer<ISyntaxNode>
{
    public static SyntaxComparer Instance { get; } = new();

    private SyntaxComparer()
    {
    }

    public bool Equals(ISyntaxNode? x, ISyntaxNode? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Kind != y.Kind)
        {
            return false;
        }

        return x switch
        {
            NameNode a => a.Value == ((NameNode)y).Value,
            DocumentNode a => All(a.Definitions, ((DocumentNode)y).Definitions),
            OperationDefinitionNode a => EqualOperations(a, (OperationDefinitionNode)y),
            VariableDefinitionNode a => EqualVariableDefinitions(a, (VariableDefinitionNode)y),
            VariableNode a => Equals(a.Name, ((VariableNode)y).Name),
            SelectionSetNode a => All(a.Selections, ((SelectionSetNode)y).Selections),
            FieldNode a => EqualFields(a, (FieldNode)y),
            ArgumentNode a => Equals(a.Name, ((ArgumentNode)y).Name) && Equals(a.Value, ((ArgumentNode)y).Value),
            FragmentSpreadNode a => Equals(a.Name, ((FragmentSpreadNode)y).Name) && All(a.Directives, ((FragmentSpreadNode)y).Directives),
            InlineFragmentNode a => EqualInlineFragments(a, (InlineFragmentNode)y),
            FragmentDefinitionNode a => EqualFragments(a, (FragmentDefinitionNode)y),
            IntValueNode a => a.Value == ((IntValueNode)y).Value,
            FloatValueNode a => a.Value == ((FloatValueNode)y).Value,
            StringValueNode a => a.Value == ((StringValueNode)y).Value,
            BooleanValueNode a => a.Value == ((BooleanValueNode)y).Value,
            NullValueNode => true,
            EnumValueNode a => a.Value == ((EnumValueNode)y).Value,
            ListValueNode a => All(a.Items, ((ListValueNode)y).Items),
            ObjectValueNode a => All(a.Fields, ((ObjectValueNode)y).Fields),
            ObjectFieldNode a => Equals(a.Name, ((ObjectFieldNode)y).Name) && Equals(a.Value, ((ObjectFieldNode)y).Value),
            DirectiveNode a => Equals(a.Name, ((DirectiveNode)y).Name) && All(a.Arguments, ((DirectiveNode)y).Arguments),
            NamedTypeNode a => Equals(a.Name, ((NamedTypeNode)y).Name),
            ListTypeNode a => Equals(a.Type, ((ListTypeNode)y).Type),
            NonNullTypeNode a => Equals(a.Type, ((NonNullTypeNode)y).Type),
            SchemaCoordinateNode a => EqualCoordinates(a, (SchemaCoordinateNode)y),
            _ => TypeSystemComparer.Equals(this, x, y),
        };
    }

    public int GetHashCode(ISyntaxNode obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj is INamedSyntaxNode named
            ? HashCode.Combine(obj.Kind, named.Name.Value)
            : obj.Kind.GetHashCode();
    }

    internal bool All<T>(IReadOnlyList<T> x, IReadOnlyList<T> y)
        where T : ISyntaxNode
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (!Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool EqualOperations(OperationDefinitionNode x, OperationDefinitionNode y) =>
        x.Operation == y.Operation
        && Equals(x.Description, y.Description)
        && Equals(x.Name, y.Name)
        && All(x.VariableDefinitions, y.VariableDefinitions)
        && All(x.Directives, y.Directives)
        && Equals(x.SelectionSet, y.SelectionSet);

    private bool EqualVariableDefinitions(VariableDefinitionNode x, VariableDefinitionNode y) =>
        Equals(x.Description, y.Description)
        && Equals(x.Variable, y.Variable)
        && Equals(x.Type, y.Type)
        && Equals(x.DefaultValue, y.DefaultValue)
        && All(x.Directives, y.Directives);

    private bool EqualFields(FieldNode x, FieldNode y) =>
        Equals(x.Alias, y.Alias)
        && Equals(x.Name, y.Name)
        && All(x.Arguments, y.Arguments)
        && All(x.Directives, y.Directives)
        && Equals(x.SelectionSet, y.SelectionSet);

    private bool EqualInlineFragments(InlineFragmentNode x, InlineFragmentNode y) =>
        Equals(x.TypeCondition, y.TypeCondition)
        && All(x.Directives, y.Directives)
        && Equals(x.SelectionSet, y.SelectionSet);

    private bool EqualFragments(FragmentDefinitionNode x, FragmentDefinitionNode y) =>
        Equals(x.Description, y.Description)
        && Equals(x.Name, y.Name)
        && Equals(x.TypeCondition, y.TypeCondition)
        && All(x.Directives, y.Directives)
        && Equals(x.SelectionSet, y.SelectionSet);

    private bool EqualCoordinates(SchemaCoordinateNode x, SchemaCoordinateNode y) =>
        x.OfDirective == y.OfDirective
        && Equals(x.Name, y.Name)
        && Equals(x.MemberName, y.MemberName)
        && Equals(x.ArgumentName, y.ArgumentName);
}
