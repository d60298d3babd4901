namespace Meridian.Language;

internal sealed partial class PrintSession
{
    private void VisitOperationDefinition(OperationDefinitionNode node)
    {
        // The query shorthand: an anonymous query with nothing but its selection set.
        if (node.Operation == OperationType.Query && node.Name is null && node.Description is null
            && node.VariableDefinitions.Count == 0 && node.Directives.Count == 0)
        {
            VisitSelectionSet(node.SelectionSet);
            return;
        }

        VisitDescription(node.Description);
        _writer.Write(node.Operation.ToKeyword());
        if (node.Name is not null || node.VariableDefinitions.Count > 0)
        {
            _writer.Write(' ');
        }

        if (node.Name is not null)
        {
            Visit(node.Name);
        }

        // graphql-js breaks variable definitions over lines when one spans lines (a description) but does not indent
        // them; they are indented here, as arguments are.
        VisitParenthesized(node.VariableDefinitions, IsMultiLine(node, static (session, owner) =>
            session.AnyItemSpansLines(((OperationDefinitionNode)owner).VariableDefinitions)));
        VisitDirectives(node.Directives);
        _writer.Write(' ');
        VisitSelectionSet(node.SelectionSet);
    }

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        VisitDescription(node.Description);
        VisitVariable(node.Variable);
        _writer.Write(": ");
        VisitTypeDefaultAndDirectives(node.Type, node.DefaultValue, node.Directives);
    }

    /// <summary>What variable and input value definitions end with: <c>Type = default @directives</c>.</summary>
    private void VisitTypeDefaultAndDirectives(ITypeNode type, IValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives)
    {
        Visit(type);
        if (defaultValue is not null)
        {
            _writer.Write(" = ");
            Visit(defaultValue);
        }

        VisitDirectives(directives);
    }

    private void VisitVariable(VariableNode node)
    {
        _writer.Write('$');
        Visit(node.Name);
    }

    private void VisitSelectionSet(SelectionSetNode node)
    {
        if (node.Selections.Count == 0)
        {
            _writer.Write("{}");
            return;
        }

        VisitBlock(node.Selections);
    }

    private void VisitField(FieldNode node)
    {
        if (node.Alias is not null)
        {
            Visit(node.Alias);
            _writer.Write(": ");
        }

        Visit(node.Name);
        VisitParenthesized(node.Arguments, IsMultiLine(node, static (session, owner) =>
        {
            var field = (FieldNode)owner;
            var prefix = field.Name.Value.Length + (field.Alias is null ? 0 : field.Alias.Value.Length + 2);
            return prefix + session.JoinedLength(field.Arguments) + 2 > MaxLineLength;
        }));
        VisitDirectives(node.Directives);
        if (node.SelectionSet is not null)
        {
            _writer.Write(' ');
            VisitSelectionSet(node.SelectionSet);
        }
    }

    private void VisitArgument(ArgumentNode node)
    {
        Visit(node.Name);
        _writer.Write(": ");
        Visit(node.Value);
    }

    private void VisitFragmentSpread(FragmentSpreadNode node)
    {
        _writer.Write("...");
        Visit(node.Name);
        VisitDirectives(node.Directives);
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        _writer.Write("...");
        if (node.TypeCondition is not null)
        {
            _writer.Write(" on ");
            Visit(node.TypeCondition);
        }

        VisitDirectives(node.Directives);
        _writer.Write(' ');
        VisitSelectionSet(node.SelectionSet);
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        VisitDescription(node.Description);
        _writer.Write("fragment ");
        Visit(node.Name);
        _writer.Write(" on ");
        Visit(node.TypeCondition);
        VisitDirectives(node.Directives);
        _writer.Write(' ');
        VisitSelectionSet(node.SelectionSet);
    }
}
