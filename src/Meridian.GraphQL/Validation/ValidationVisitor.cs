using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// The per-validation part of a rule: Enter and Leave hooks for the node kinds of executable documents, called by
/// the shared walk with type information already tracked (<see cref="ValidationContext.ParentType"/>,
/// <see cref="ValidationContext.FieldDefinition"/>, …). Only the hooks a visitor overrides are called. Returning
/// <see cref="VisitorAction.Skip"/> from Enter hides the node's children from this visitor only (graphql-js's
/// <c>visitInParallel</c>); <see cref="VisitorAction.Break"/> ends this visitor's part of the walk.
/// </summary>
public abstract class ValidationVisitor
{
    /// <summary>The node kinds that have hooks, in the order of <see cref="SyntaxKind"/>.</summary>
    internal static readonly SyntaxKind[] HookKinds =
    [
        SyntaxKind.Document,
        SyntaxKind.OperationDefinition,
        SyntaxKind.VariableDefinition,
        SyntaxKind.Variable,
        SyntaxKind.SelectionSet,
        SyntaxKind.Field,
        SyntaxKind.Argument,
        SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment,
        SyntaxKind.FragmentDefinition,
        SyntaxKind.IntValue,
        SyntaxKind.FloatValue,
        SyntaxKind.StringValue,
        SyntaxKind.BooleanValue,
        SyntaxKind.NullValue,
        SyntaxKind.EnumValue,
        SyntaxKind.ListValue,
        SyntaxKind.ObjectValue,
        SyntaxKind.ObjectField,
        SyntaxKind.Directive,
        SyntaxKind.NamedType,
    ];

    protected virtual VisitorAction Enter(DocumentNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(DocumentNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(OperationDefinitionNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(OperationDefinitionNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(VariableDefinitionNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(VariableDefinitionNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(VariableNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(VariableNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(SelectionSetNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(SelectionSetNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(FieldNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(FieldNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(ArgumentNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(ArgumentNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(FragmentSpreadNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(FragmentSpreadNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(InlineFragmentNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(InlineFragmentNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(FragmentDefinitionNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(FragmentDefinitionNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(IntValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(IntValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(FloatValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(FloatValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(StringValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(StringValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(BooleanValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(BooleanValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(NullValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(NullValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(EnumValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(EnumValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(ListValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(ListValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(ObjectValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(ObjectValueNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(ObjectFieldNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(ObjectFieldNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(DirectiveNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(DirectiveNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Enter(NamedTypeNode node, ValidationContext context) => VisitorAction.Continue;

    protected virtual VisitorAction Leave(NamedTypeNode node, ValidationContext context) => VisitorAction.Continue;
    internal VisitorAction DispatchEnter(ISyntaxNode node, ValidationContext context) => node.Kind switch
    {
        SyntaxKind.Document => Enter((DocumentNode)node, context),
        SyntaxKind.OperationDefinition => Enter((OperationDefinitionNode)node, context),
        SyntaxKind.VariableDefinition => Enter((VariableDefinitionNode)node, context),
        SyntaxKind.Variable => Enter((VariableNode)node, context),
        SyntaxKind.SelectionSet => Enter((SelectionSetNode)node, context),
        SyntaxKind.Field => Enter((FieldNode)node, context),
        SyntaxKind.Argument => Enter((ArgumentNode)node, context),
        SyntaxKind.FragmentSpread => Enter((FragmentSpreadNode)node, context),
        SyntaxKind.InlineFragment => Enter((InlineFragmentNode)node, context),
        SyntaxKind.FragmentDefinition => Enter((FragmentDefinitionNode)node, context),
        SyntaxKind.IntValue => Enter((IntValueNode)node, context),
        SyntaxKind.FloatValue => Enter((FloatValueNode)node, context),
        SyntaxKind.StringValue => Enter((StringValueNode)node, context),
        SyntaxKind.BooleanValue => Enter((BooleanValueNode)node, context),
        SyntaxKind.NullValue => Enter((NullValueNode)node, context),
        SyntaxKind.EnumValue => Enter((EnumValueNode)node, context),
        SyntaxKind.ListValue => Enter((ListValueNode)node, context),
        SyntaxKind.ObjectValue => Enter((ObjectValueNode)node, context),
        SyntaxKind.ObjectField => Enter((ObjectFieldNode)node, context),
        SyntaxKind.Directive => Enter((DirectiveNode)node, context),
        SyntaxKind.NamedType => Enter((NamedTypeNode)node, context),
        _ => VisitorAction.Continue,
    };

    internal VisitorAction DispatchLeave(ISyntaxNode node, ValidationContext context) => node.Kind switch
    {
        SyntaxKind.Document => Leave((DocumentNode)node, context),
        SyntaxKind.OperationDefinition => Leave((OperationDefinitionNode)node, context),
        SyntaxKind.VariableDefinition => Leave((VariableDefinitionNode)node, context),
        SyntaxKind.Variable => Leave((VariableNode)node, context),
        SyntaxKind.SelectionSet => Leave((SelectionSetNode)node, context),
        SyntaxKind.Field => Leave((FieldNode)node, context),
        SyntaxKind.Argument => Leave((ArgumentNode)node, context),
        SyntaxKind.FragmentSpread => Leave((FragmentSpreadNode)node, context),
        SyntaxKind.InlineFragment => Leave((InlineFragmentNode)node, context),
        SyntaxKind.FragmentDefinition => Leave((FragmentDefinitionNode)node, context),
        SyntaxKind.IntValue => Leave((IntValueNode)node, context),
        SyntaxKind.FloatValue => Leave((FloatValueNode)node, context),
        SyntaxKind.StringValue => Leave((StringValueNode)node, context),
        SyntaxKind.BooleanValue => Leave((BooleanValueNode)node, context),
        SyntaxKind.NullValue => Leave((NullValueNode)node, context),
        SyntaxKind.EnumValue => Leave((EnumValueNode)node, context),
        SyntaxKind.ListValue => Leave((ListValueNode)node, context),
        SyntaxKind.ObjectValue => Leave((ObjectValueNode)node, context),
        SyntaxKind.ObjectField => Leave((ObjectFieldNode)node, context),
        SyntaxKind.Directive => Leave((DirectiveNode)node, context),
        SyntaxKind.NamedType => Leave((NamedTypeNode)node, context),
        _ => VisitorAction.Continue,
    };
}
