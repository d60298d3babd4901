namespace Meridian.Language;

internal ref partial struct SyntaxParser
{
    // SchemaCoordinate : Name | Name . Name | Name . Name ( Name : ) | @ Name | @ Name ( Name : )
    public SchemaCoordinateNode ParseSchemaCoordinate()
    {
        var start = Here;
        var ofDirective = ExpectOptional(TokenKind.At);
        var name = ParseName();
        NameNode? memberName = null;
        if (!ofDirective && ExpectOptional(TokenKind.Dot))
        {
            memberName = ParseName();
        }

        NameNode? argumentName = null;
        if ((ofDirective || memberName is not null) && ExpectOptional(TokenKind.LeftParenthesis))
        {
            argumentName = ParseName();
            Expect(TokenKind.Colon);
            Expect(TokenKind.RightParenthesis);
        }

        return new SchemaCoordinateNode(LocationFrom(start), ofDirective, name, memberName, argumentName);
    }
}
