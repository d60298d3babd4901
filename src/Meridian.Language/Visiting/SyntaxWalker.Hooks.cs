namespace Meridian.Language;

// One Enter and one Leave per node kind; each defaults to DefaultEnter or DefaultLeave.
public abstract partial class SyntaxWalker<TContext>
{
    protected virtual VisitorAction Enter(NameNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(NameNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(DocumentNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(DocumentNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(OperationDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(OperationDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(VariableDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(VariableDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(VariableNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(VariableNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(SelectionSetNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(SelectionSetNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(FieldNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(FieldNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(ArgumentNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(ArgumentNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(FragmentSpreadNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(FragmentSpreadNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(InlineFragmentNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(InlineFragmentNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(FragmentDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(FragmentDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(IntValueNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(IntValueNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(FloatValueNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(FloatValueNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(StringValueNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(StringValueNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(BooleanValueNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(BooleanValueNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(NullValueNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(NullValueNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(EnumValueNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(EnumValueNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(ListValueNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(ListValueNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(ObjectValueNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(ObjectValueNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(ObjectFieldNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(ObjectFieldNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(DirectiveNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(DirectiveNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(NamedTypeNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(NamedTypeNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(ListTypeNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(ListTypeNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(NonNullTypeNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(NonNullTypeNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(SchemaDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(SchemaDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(OperationTypeDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(OperationTypeDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(ScalarTypeDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(ScalarTypeDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(ObjectTypeDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(ObjectTypeDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(FieldDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(FieldDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(InputValueDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(InputValueDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(InterfaceTypeDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(InterfaceTypeDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(UnionTypeDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(UnionTypeDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(EnumTypeDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(EnumTypeDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(EnumValueDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(EnumValueDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(InputObjectTypeDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(InputObjectTypeDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(DirectiveDefinitionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(DirectiveDefinitionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(SchemaExtensionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(SchemaExtensionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(ScalarTypeExtensionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(ScalarTypeExtensionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(ObjectTypeExtensionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(ObjectTypeExtensionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(InterfaceTypeExtensionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(InterfaceTypeExtensionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(UnionTypeExtensionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(UnionTypeExtensionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(EnumTypeExtensionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(EnumTypeExtensionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(InputObjectTypeExtensionNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(InputObjectTypeExtensionNode node, TContext context) => DefaultLeave(node, context);

    protected virtual VisitorAction Enter(SchemaCoordinateNode node, TContext context) => DefaultEnter(node, context);

    protected virtual VisitorAction Leave(SchemaCoordinateNode node, TContext context) => DefaultLeave(node, context);
}
