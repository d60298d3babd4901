using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// A visitor that sees each directive list together with the location it is applied at (the operation's kind, a
/// field, a fragment spread, an inline fragment, a fragment definition or a variable definition).
/// </summary>
public abstract class DirectivePlacementVisitor : ValidationVisitor
{
    /// <summary>Called once per node that carries directives (also when the list is empty).</summary>
    protected abstract void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, ValidationContext context);

    protected override VisitorAction Enter(OperationDefinitionNode node, ValidationContext context)
    {
        var location = node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        };
        CheckDirectives(node.Directives, location, context);
        return VisitorAction.Continue;
    }

    protected override VisitorAction Enter(VariableDefinitionNode node, ValidationContext context)
    {
        CheckDirectives(node.Directives, DirectiveLocation.VariableDefinition, context);
        return VisitorAction.Continue;
    }

    protected override VisitorAction Enter(FieldNode node, ValidationContext context)
    {
        CheckDirectives(node.Directives, DirectiveLocation.Field, context);
        return VisitorAction.Continue;
    }

    protected override VisitorAction Enter(FragmentSpreadNode node, ValidationContext context)
    {
        CheckDirectives(node.Directives, DirectiveLocation.FragmentSpread, context);
        return VisitorAction.Continue;
    }

    protected override VisitorAction Enter(InlineFragmentNode node, ValidationContext context)
    {
        CheckDirectives(node.Directives, DirectiveLocation.InlineFragment, context);
        return VisitorAction.Continue;
    }

    protected override VisitorAction Enter(FragmentDefinitionNode node, ValidationContext context)
    {
        CheckDirectives(node.Directives, DirectiveLocation.FragmentDefinition, context);
        return VisitorAction.Continue;
    }
}
