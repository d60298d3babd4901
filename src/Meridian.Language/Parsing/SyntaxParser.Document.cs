namespace Meridian.Language;

internal ref partial struct SyntaxParser
{
    // Document : Definition+
    public DocumentNode ParseDocument()
    {
        var definitions = ManyUntil(static (ref SyntaxParser p) => p.ParseDefinition(), TokenKind.EndOfFile);
        var location = _noLocations ? null : new Location(0, _lexer.Source.Length, 1, 1);
        return new DocumentNode(location, definitions);
    }

    private IDefinitionNode ParseDefinition()
    {
        if (Kind == TokenKind.LeftBrace)
        {
            return ParseOperationDefinition();
        }

        // Most definitions may start with a description, so the keyword may be the second token.
        var hasDescription = Kind is TokenKind.String or TokenKind.BlockString;
        var keyword = _lexer;
        if (hasDescription)
        {
            keyword.Advance();
            if (keyword.Kind == TokenKind.LeftBrace)
            {
                throw ErrorAtToken("Unexpected description, descriptions are not supported on shorthand queries.");
            }
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.TokenText)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw ErrorAtToken("Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.TokenText is "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(in keyword);
    }

    private StringValueNode? ParseDescription() =>
        Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;
}
