namespace Meridian.Language;

/// <summary>The type-system half of <see cref="SyntaxComparer"/>: definitions and extensions (same kinds on both sides).</summary>
internal static class TypeSystemComparer
{
    public static bool Equals(SyntaxComparer c, ISyntaxNode x, ISyntaxNode y) => x switch
    {
        SchemaDefinitionNode a when y is SchemaDefinitionNode b =>
            c.Equals(a.Description, b.Description) && c.All(a.Directives, b.Directives) && c.All(a.OperationTypes, b.OperationTypes),
        SchemaExtensionNode a when y is SchemaExtensionNode b =>
            c.All(a.Directives, b.Directives) && c.All(a.OperationTypes, b.OperationTypes),
        OperationTypeDefinitionNode a when y is OperationTypeDefinitionNode b =>
            a.Operation == b.Operation && c.Equals(a.Type, b.Type),
        ScalarTypeDefinitionNode a when y is ScalarTypeDefinitionNode b =>
            c.Equals(a.Description, b.Description) && Named(c, a, b),
        ScalarTypeExtensionNode a when y is ScalarTypeExtensionNode b => Named(c, a, b),
        ObjectTypeDefinitionNode a when y is ObjectTypeDefinitionNode b =>
            c.Equals(a.Description, b.Description) && Complex(c, a, b),
        ObjectTypeExtensionNode a when y is ObjectTypeExtensionNode b => Complex(c, a, b),
        InterfaceTypeDefinitionNode a when y is InterfaceTypeDefinitionNode b =>
            c.Equals(a.Description, b.Description) && Complex(c, a, b),
        InterfaceTypeExtensionNode a when y is InterfaceTypeExtensionNode b => Complex(c, a, b),
        UnionTypeDefinitionNode a when y is UnionTypeDefinitionNode b =>
            c.Equals(a.Description, b.Description) && Named(c, a, b) && c.All(a.Types, b.Types),
        UnionTypeExtensionNode a when y is UnionTypeExtensionNode b => Named(c, a, b) && c.All(a.Types, b.Types),
        EnumTypeDefinitionNode a when y is EnumTypeDefinitionNode b =>
            c.Equals(a.Description, b.Description) && Named(c, a, b) && c.All(a.Values, b.Values),
        EnumTypeExtensionNode a when y is EnumTypeExtensionNode b => Named(c, a, b) && c.All(a.Values, b.Values),
        EnumValueDefinitionNode a when y is EnumValueDefinitionNode b =>
            c.Equals(a.Description, b.Description) && Named(c, a, b),
        InputObjectTypeDefinitionNode a when y is InputObjectTypeDefinitionNode b =>
            c.Equals(a.Description, b.Description) && Named(c, a, b) && c.All(a.Fields, b.Fields),
        InputObjectTypeExtensionNode a when y is InputObjectTypeExtensionNode b => Named(c, a, b) && c.All(a.Fields, b.Fields),
        FieldDefinitionNode a when y is FieldDefinitionNode b =>
            c.Equals(a.Description, b.Description) && Named(c, a, b) && c.All(a.Arguments, b.Arguments) && c.Equals(a.Type, b.Type),
        InputValueDefinitionNode a when y is InputValueDefinitionNode b =>
            c.Equals(a.Description, b.Description) && Named(c, a, b) && c.Equals(a.Type, b.Type) && c.Equals(a.DefaultValue, b.DefaultValue),
        DirectiveDefinitionNode a when y is DirectiveDefinitionNode b =>
            c.Equals(a.Description, b.Description) && c.Equals(a.Name, b.Name) && a.IsRepeatable == b.IsRepeatable
            && c.All(a.Arguments, b.Arguments) && c.All(a.Locations, b.Locations),
        _ => throw new NotSupportedException($"The comparer does not know the node kind {x.Kind}."),
    };

    // The name and directives every named type-system member has.
    private static bool Named<T>(SyntaxComparer c, T x, T y)
        where T : INamedSyntaxNode, IHasDirectives =>
        c.Equals(x.Name, y.Name) && c.All(x.Directives, y.Directives);

    private static bool Complex(SyntaxComparer c, IComplexTypeNode x, IComplexTypeNode y) =>
        c.Equals(x.Name, y.Name) && c.All(x.Interfaces, y.Interfaces) && c.All(x.Directives, y.Directives) && c.All(x.Fields, y.Fields);
}
