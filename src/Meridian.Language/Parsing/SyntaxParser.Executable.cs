namespace Meridian.Language;

internal ref partial struct SyntaxParser
{
    // OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Here;
        if (Kind == TokenKind.LeftBrace)
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(LocationFrom(start), null, OperationType.Query, null, [], [], shorthand);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Kind == TokenKind.Name ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(LocationFrom(start), description, operation, name, variables, directives, selectionSet);
    }

    private OperationType ParseOperationType()
    {
        if (Kind != TokenKind.Name)
        {
            throw ErrorAtToken($"Expected Name, found {TokenDescriptions.Describe(in _lexer)}.");
        }

        // The name is consumed before it is judged, as graphql-js does, so an error in the next token comes first.
        var token = _lexer;
        Advance();
        return token.TokenText switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(in token),
        };
    }

    // VariablesDefinition : ( VariableDefinition+ )
    private VariableDefinitionNode[] ParseVariableDefinitions() =>
        OptionalMany(TokenKind.LeftParenthesis, static (ref SyntaxParser p) => p.ParseVariableDefinition(), TokenKind.RightParenthesis);

    // VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(LocationFrom(start), description, variable, type, defaultValue, directives);
    }

    // Variable : $ Name
    private VariableNode ParseVariable()
    {
        var start = Here;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(LocationFrom(start), name);
    }

    // SelectionSet : { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Here;
        Enter();
        Expect(TokenKind.LeftBrace);
        var selections = ManyUntil(
            static (ref SyntaxParser p) => p.Kind == TokenKind.Spread ? p.ParseFragment() : p.ParseField(),
            TokenKind.RightBrace);
        Leave();
        return new SelectionSetNode(LocationFrom(start), selections);
    }

    // Field : Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = Here;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Kind == TokenKind.LeftBrace ? ParseSelectionSet() : null;
        return new FieldNode(LocationFrom(start), alias, name, arguments, directives, selectionSet);
    }

    // Arguments[Const] : ( Argument[?Const]+ )
    private ArgumentNode[] ParseArguments(bool isConst) => isConst
        ? OptionalMany(TokenKind.LeftParenthesis, static (ref SyntaxParser p) => p.ParseArgument(isConst: true), TokenKind.RightParenthesis)
        : OptionalMany(TokenKind.LeftParenthesis, static (ref SyntaxParser p) => p.ParseArgument(isConst: false), TokenKind.RightParenthesis);

    // Argument[Const] : Name : Value[?Const]
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Here;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(LocationFrom(start), name, value);
    }

    // FragmentSpread : ... FragmentName Directives?
    // InlineFragment : ... TypeCondition? Directives? SelectionSet
    private ISelectionNode ParseFragment()
    {
        var start = Here;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Kind == TokenKind.Name)
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(LocationFrom(start), name, spreadDirectives);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(LocationFrom(start), typeCondition, directives, selectionSet);
    }

    // FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(LocationFrom(start), description, name, typeCondition, directives, selectionSet);
    }

    // FragmentName : Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (IsKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
