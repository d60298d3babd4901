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
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }

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
        if (directives.Length == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(LocationFrom(start), name, directives);
    }

    // ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one)
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields);
    }

    // InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one)
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Here;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields);
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
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected();
        }

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
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected();
        }

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
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(LocationFrom(start), name, directives, fields);
    }
}
