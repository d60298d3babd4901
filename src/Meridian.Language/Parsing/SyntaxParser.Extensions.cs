namespace Meridian.Language;

internal ref partial struct SyntaxParser
{
    // TypeSystemExtension : SchemaExtension | TypeExtension
    private IDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer;
        keyword.Advance();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.TokenText)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(in keyword);
    }

    // An extension must add something: the token after it is unexpected otherwise.
    private readonly void ExpectSomething(int addedCount)
    {
        if (addedCount == 0)
        {
            throw Unexpected();
        }
    }

    // SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        OperationTypeDefinitionNode[] operationTypes = ExpectOptional(TokenKind.LeftBrace)
            ? ParseOperationTypeDefinitionsAfterBrace()
            : [];
        ExpectSomething(directives.Length + operationTypes.Length);

        return new SchemaExtensionNode(LocationFrom(start), directives, operationTypes);
    }

    // ScalarTypeExtension : extend scalar Name Directives[Const]
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        ExpectSomething(directives.Length);

        return new ScalarTypeExtensionNode(LocationFrom(start), name, directives);
    }

    // ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one)
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Here;
        var (name, interfaces, directives, fields) = ParseComplexTypeExtension("type");
        return new ObjectTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields);
    }

    // InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one)
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Here;
        var (name, interfaces, directives, fields) = ParseComplexTypeExtension("interface");
        return new InterfaceTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields);
    }

    private (NameNode Name, NamedTypeNode[] Interfaces, DirectiveNode[] Directives, FieldDefinitionNode[] Fields) ParseComplexTypeExtension(string keyword)
    {
        ExpectKeyword("extend");
        var parts = ParseComplexType(keyword);
        ExpectSomething(parts.Interfaces.Length + parts.Directives.Length + parts.Fields.Length);
        return parts;
    }

    // UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        ExpectSomething(directives.Length + types.Length);

        return new UnionTypeExtensionNode(LocationFrom(start), name, directives, types);
    }

    // EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        ExpectSomething(directives.Length + values.Length);

        return new EnumTypeExtensionNode(LocationFrom(start), name, directives, values);
    }

    // InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        ExpectSomething(directives.Length + fields.Length);

        return new InputObjectTypeExtensionNode(LocationFrom(start), name, directives, fields);
    }
}
