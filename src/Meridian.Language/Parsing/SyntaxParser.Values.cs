namespace Meridian.Language;

internal ref partial struct SyntaxParser
{
    // Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    //              | ListValue[?Const] | ObjectValue[?Const]
    public IValueNode ParseValueLiteral(bool isConst)
    {
        var start = Here;
        switch (Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int or TokenKind.Float:
                return ParseNumber(start);
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar:
                if (isConst)
                {
                    throw VariableInConstantValue();
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private IValueNode ParseNumber(Mark start)
    {
        var isFloat = Kind == TokenKind.Float;
        var text = new string(_lexer.TokenText);
        Advance();
        return isFloat ? new FloatValueNode(LocationFrom(start), text) : new IntValueNode(LocationFrom(start), text);
    }

    private IValueNode ParseNameValue(Mark start)
    {
        var text = _lexer.TokenText;
        if (text is "true" or "false")
        {
            var value = text[0] == 't';
            Advance();
            return new BooleanValueNode(LocationFrom(start), value);
        }

        if (text is "null")
        {
            Advance();
            return new NullValueNode(LocationFrom(start));
        }

        var name = NameCache.Get(text);
        Advance();
        return new EnumValueNode(LocationFrom(start), name);
    }

    private SyntaxException VariableInConstantValue()
    {
        var dollar = _lexer;
        Advance();
        return Kind == TokenKind.Name
            ? ErrorAt(in dollar, $"Unexpected variable \"${_lexer.TokenText}\" in constant value.")
            : Unexpected(in dollar);
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = Here;
        var value = _lexer.GetStringValue();
        var block = Kind == TokenKind.BlockString;
        Advance();
        return new StringValueNode(LocationFrom(start), value, block);
    }

    // ListValue[Const] : [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        var start = Here;
        Enter();
        Advance();
        var mark = _buffer.Count;
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            _buffer.Push(ParseValueLiteral(isConst));
        }

        Leave();
        return new ListValueNode(LocationFrom(start), _buffer.Pop<IValueNode>(mark));
    }

    // ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Here;
        Enter();
        Advance();
        var mark = _buffer.Count;
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            var fieldStart = Here;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _buffer.Push(new ObjectFieldNode(LocationFrom(fieldStart), name, value));
        }

        Leave();
        return new ObjectValueNode(LocationFrom(start), _buffer.Pop<ObjectFieldNode>(mark));
    }

    // Directives[Const] : Directive[?Const]+
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (Kind != TokenKind.At)
        {
            return [];
        }

        var mark = _buffer.Count;
        do
        {
            var start = Here;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            _buffer.Push(new DirectiveNode(LocationFrom(start), name, arguments));
        }
        while (Kind == TokenKind.At);

        return _buffer.Pop<DirectiveNode>(mark);
    }

    // Type : NamedType | ListType | NonNullType
    public ITypeNode ParseTypeReference()
    {
        var start = Here;
        INullableTypeNode type;
        if (Kind == TokenKind.LeftBracket)
        {
            Enter();
            Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            Leave();
            type = new ListTypeNode(LocationFrom(start), itemType);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(LocationFrom(start), type) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Here;
        var name = ParseName();
        return new NamedTypeNode(LocationFrom(start), name);
    }
}
