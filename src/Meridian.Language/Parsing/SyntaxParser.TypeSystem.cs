namespace Meridian.Language;

internal ref partial struct SyntaxParser
{
    // SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var operationTypes = ParseOperationTypeDefinitionsAfterBrace();
        return new SchemaDefinitionNode(LocationFrom(start), description, directives, operationTypes);
    }

    private OperationTypeDefinitionNode[] ParseOperationTypeDefinitionsAfterBrace() =>
        ManyUntil(static (ref SyntaxParser p) => p.ParseOperationTypeDefinition(), TokenKind.RightBrace);

    // RootOperationTypeDefinition : OperationType : NamedType
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Here;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(LocationFrom(start), operation, type);
    }

    // ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(LocationFrom(start), description, name, directives);
    }

    // ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var (name, interfaces, directives, fields) = ParseComplexType("type");
        return new ObjectTypeDefinitionNode(LocationFrom(start), description, name, interfaces, directives, fields);
    }

    // InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var (name, interfaces, directives, fields) = ParseComplexType("interface");
        return new InterfaceTypeDefinitionNode(LocationFrom(start), description, name, interfaces, directives, fields);
    }

    // What object and interface definitions and extensions share: keyword Name ImplementsInterfaces? Directives? FieldsDefinition?
    private (NameNode Name, NamedTypeNode[] Interfaces, DirectiveNode[] Directives, FieldDefinitionNode[] Fields) ParseComplexType(string keyword)
    {
        ExpectKeyword(keyword);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return (name, interfaces, directives, fields);
    }

    // ImplementsInterfaces : implements `&`? NamedType | ImplementsInterfaces & NamedType
    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? ParseNamedTypesDelimitedBy(TokenKind.Ampersand) : [];

    // UnionMemberTypes : = `|`? NamedType | UnionMemberTypes | NamedType
    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseNamedTypesDelimitedBy(TokenKind.Pipe) : [];

    private NamedTypeNode[] ParseNamedTypesDelimitedBy(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var mark = _buffer.Count;
        do
        {
            _buffer.Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return _buffer.Pop<NamedTypeNode>(mark);
    }

    // FieldsDefinition : { FieldDefinition+ }
    private FieldDefinitionNode[] ParseFieldsDefinition() =>
        OptionalMany(TokenKind.LeftBrace, static (ref SyntaxParser p) => p.ParseFieldDefinition(), TokenKind.RightBrace);

    // FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(LocationFrom(start), description, name, arguments, type, directives);
    }

    // ArgumentsDefinition : ( InputValueDefinition+ ) and InputFieldsDefinition : { InputValueDefinition+ }
    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close) =>
        OptionalMany(open, static (ref SyntaxParser p) => p.ParseInputValueDefinition(), close);

    // InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(LocationFrom(start), description, name, type, defaultValue, directives);
    }

    // UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(LocationFrom(start), description, name, directives, types);
    }

    // EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(LocationFrom(start), description, name, directives, values);
    }

    // EnumValuesDefinition : { EnumValueDefinition+ }
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.LeftBrace, static (ref SyntaxParser p) => p.ParseEnumValueDefinition(), TokenKind.RightBrace);

    // EnumValueDefinition : Description? EnumValue Directives[Const]?
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(LocationFrom(start), description, name, directives);
    }

    // EnumValue : Name but not `true`, `false` or `null`
    private NameNode ParseEnumValueName()
    {
        if (Kind == TokenKind.Name && _lexer.TokenText is "true" or "false" or "null")
        {
            throw ErrorAtToken($"{TokenDescriptions.Describe(in _lexer)} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    // InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        return new InputObjectTypeDefinitionNode(LocationFrom(start), description, name, directives, fields);
    }

    // DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(LocationFrom(start), description, name, arguments, repeatable, locations);
    }

    // DirectiveLocations : `|`? DirectiveLocation | DirectiveLocations | DirectiveLocation
    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        var mark = _buffer.Count;
        do
        {
            var token = _lexer;
            var name = ParseName();
            if (!DirectiveLocations.TryParse(name.Value, out _))
            {
                throw Unexpected(in token);
            }

            _buffer.Push(name);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return _buffer.Pop<NameNode>(mark);
    }
}
