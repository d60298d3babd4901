namespace Meridian.Language;

// The children of each kind in source order (as GetNodes() lists them), visited without iterators or allocation;
// each returns false when the walk was stopped.
public abstract partial class SyntaxWalker<TContext>
{
    private bool VisitChildren(ISyntaxNode node, TContext context) => node.Kind switch
    {
        SyntaxKind.Document => VisitChildren((DocumentNode)node, context),
        SyntaxKind.OperationDefinition => VisitChildren((OperationDefinitionNode)node, context),
        SyntaxKind.VariableDefinition => VisitChildren((VariableDefinitionNode)node, context),
        SyntaxKind.Variable => VisitChildren((VariableNode)node, context),
        SyntaxKind.SelectionSet => VisitChildren((SelectionSetNode)node, context),
        SyntaxKind.Field => VisitChildren((FieldNode)node, context),
        SyntaxKind.Argument => VisitChildren((ArgumentNode)node, context),
        SyntaxKind.FragmentSpread => VisitChildren((FragmentSpreadNode)node, context),
        SyntaxKind.InlineFragment => VisitChildren((InlineFragmentNode)node, context),
        SyntaxKind.FragmentDefinition => VisitChildren((FragmentDefinitionNode)node, context),
        SyntaxKind.ListValue => VisitChildren((ListValueNode)node, context),
        SyntaxKind.ObjectValue => VisitChildren((ObjectValueNode)node, context),
        SyntaxKind.ObjectField => VisitChildren((ObjectFieldNode)node, context),
        SyntaxKind.Directive => VisitChildren((DirectiveNode)node, context),
        SyntaxKind.NamedType => VisitChildren((NamedTypeNode)node, context),
        SyntaxKind.ListType => VisitChildren((ListTypeNode)node, context),
        SyntaxKind.NonNullType => VisitChildren((NonNullTypeNode)node, context),
        SyntaxKind.SchemaDefinition => VisitChildren((SchemaDefinitionNode)node, context),
        SyntaxKind.OperationTypeDefinition => VisitChildren((OperationTypeDefinitionNode)node, context),
        SyntaxKind.ScalarTypeDefinition => VisitChildren((ScalarTypeDefinitionNode)node, context),
        SyntaxKind.ObjectTypeDefinition => VisitChildren((ObjectTypeDefinitionNode)node, context),
        SyntaxKind.FieldDefinition => VisitChildren((FieldDefinitionNode)node, context),
        SyntaxKind.InputValueDefinition => VisitChildren((InputValueDefinitionNode)node, context),
        SyntaxKind.InterfaceTypeDefinition => VisitChildren((InterfaceTypeDefinitionNode)node, context),
        SyntaxKind.UnionTypeDefinition => VisitChildren((UnionTypeDefinitionNode)node, context),
        SyntaxKind.EnumTypeDefinition => VisitChildren((EnumTypeDefinitionNode)node, context),
        SyntaxKind.EnumValueDefinition => VisitChildren((EnumValueDefinitionNode)node, context),
        SyntaxKind.InputObjectTypeDefinition => VisitChildren((InputObjectTypeDefinitionNode)node, context),
        SyntaxKind.DirectiveDefinition => VisitChildren((DirectiveDefinitionNode)node, context),
        SyntaxKind.SchemaExtension => VisitChildren((SchemaExtensionNode)node, context),
        SyntaxKind.ScalarTypeExtension => VisitChildren((ScalarTypeExtensionNode)node, context),
        SyntaxKind.ObjectTypeExtension => VisitChildren((ObjectTypeExtensionNode)node, context),
        SyntaxKind.InterfaceTypeExtension => VisitChildren((InterfaceTypeExtensionNode)node, context),
        SyntaxKind.UnionTypeExtension => VisitChildren((UnionTypeExtensionNode)node, context),
        SyntaxKind.EnumTypeExtension => VisitChildren((EnumTypeExtensionNode)node, context),
        SyntaxKind.InputObjectTypeExtension => VisitChildren((InputObjectTypeExtensionNode)node, context),
        SyntaxKind.SchemaCoordinate => VisitChildren((SchemaCoordinateNode)node, context),
        _ => true,
    };

    private bool VisitChildren(DocumentNode node, TContext context) =>
        VisitAll(node.Definitions, context);

    private bool VisitChildren(OperationDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && VisitOptional(node.Name, context)
        && VisitAll(node.VariableDefinitions, context)
        && VisitAll(node.Directives, context)
        && Visit(node.SelectionSet, context);

    private bool VisitChildren(VariableDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Variable, context)
        && Visit(node.Type, context)
        && VisitOptional(node.DefaultValue, context)
        && VisitAll(node.Directives, context);

    private bool VisitChildren(VariableNode node, TContext context) =>
        Visit(node.Name, context);

    private bool VisitChildren(SelectionSetNode node, TContext context) =>
        VisitAll(node.Selections, context);

    private bool VisitChildren(FieldNode node, TContext context) =>
        VisitOptional(node.Alias, context)
        && Visit(node.Name, context)
        && VisitAll(node.Arguments, context)
        && VisitAll(node.Directives, context)
        && VisitOptional(node.SelectionSet, context);

    private bool VisitChildren(ArgumentNode node, TContext context) =>
        Visit(node.Name, context)
        && Visit(node.Value, context);

    private bool VisitChildren(FragmentSpreadNode node, TContext context) =>
        Visit(node.Name, context)
        && VisitAll(node.Directives, context);

    private bool VisitChildren(InlineFragmentNode node, TContext context) =>
        VisitOptional(node.TypeCondition, context)
        && VisitAll(node.Directives, context)
        && Visit(node.SelectionSet, context);

    private bool VisitChildren(FragmentDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && Visit(node.TypeCondition, context)
        && VisitAll(node.Directives, context)
        && Visit(node.SelectionSet, context);

    private bool VisitChildren(ListValueNode node, TContext context) =>
        VisitAll(node.Items, context);

    private bool VisitChildren(ObjectValueNode node, TContext context) =>
        VisitAll(node.Fields, context);

    private bool VisitChildren(ObjectFieldNode node, TContext context) =>
        Visit(node.Name, context)
        && Visit(node.Value, context);

    private bool VisitChildren(DirectiveNode node, TContext context) =>
        Visit(node.Name, context)
        && VisitAll(node.Arguments, context);

    private bool VisitChildren(NamedTypeNode node, TContext context) =>
        Visit(node.Name, context);

    private bool VisitChildren(ListTypeNode node, TContext context) =>
        Visit(node.Type, context);

    private bool VisitChildren(NonNullTypeNode node, TContext context) =>
        Visit(node.Type, context);

    private bool VisitChildren(SchemaDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.OperationTypes, context);

    private bool VisitChildren(OperationTypeDefinitionNode node, TContext context) =>
        Visit(node.Type, context);

    private bool VisitChildren(ScalarTypeDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && VisitAll(node.Directives, context);

    private bool VisitChildren(ObjectTypeDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && VisitAll(node.Interfaces, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Fields, context);

    private bool VisitChildren(FieldDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && VisitAll(node.Arguments, context)
        && Visit(node.Type, context)
        && VisitAll(node.Directives, context);

    private bool VisitChildren(InputValueDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && Visit(node.Type, context)
        && VisitOptional(node.DefaultValue, context)
        && VisitAll(node.Directives, context);

    private bool VisitChildren(InterfaceTypeDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && VisitAll(node.Interfaces, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Fields, context);

    private bool VisitChildren(UnionTypeDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Types, context);

    private bool VisitChildren(EnumTypeDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Values, context);

    private bool VisitChildren(EnumValueDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && VisitAll(node.Directives, context);

    private bool VisitChildren(InputObjectTypeDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Fields, context);

    private bool VisitChildren(DirectiveDefinitionNode node, TContext context) =>
        VisitOptional(node.Description, context)
        && Visit(node.Name, context)
        && VisitAll(node.Arguments, context)
        && VisitAll(node.Locations, context);

    private bool VisitChildren(SchemaExtensionNode node, TContext context) =>
        VisitAll(node.Directives, context)
        && VisitAll(node.OperationTypes, context);

    private bool VisitChildren(ScalarTypeExtensionNode node, TContext context) =>
        Visit(node.Name, context)
        && VisitAll(node.Directives, context);

    private bool VisitChildren(ObjectTypeExtensionNode node, TContext context) =>
        Visit(node.Name, context)
        && VisitAll(node.Interfaces, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Fields, context);

    private bool VisitChildren(InterfaceTypeExtensionNode node, TContext context) =>
        Visit(node.Name, context)
        && VisitAll(node.Interfaces, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Fields, context);

    private bool VisitChildren(UnionTypeExtensionNode node, TContext context) =>
        Visit(node.Name, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Types, context);

    private bool VisitChildren(EnumTypeExtensionNode node, TContext context) =>
        Visit(node.Name, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Values, context);

    private bool VisitChildren(InputObjectTypeExtensionNode node, TContext context) =>
        Visit(node.Name, context)
        && VisitAll(node.Directives, context)
        && VisitAll(node.Fields, context);

    private bool VisitChildren(SchemaCoordinateNode node, TContext context) =>
        Visit(node.Name, context)
        && VisitOptional(node.MemberName, context)
        && VisitOptional(node.ArgumentName, context);
}
