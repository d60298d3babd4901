namespace Meridian.Language;

public ref partial struct Lexer
{
    // Schema coordinates (§2.13) have their own tokens: names and ( ) . : @, with nothing ignored between them.
    private TokenKind ReadSchemaCoordinateToken()
    {
        var position = _position;
        BeginToken(position);
        if (position >= _source.Length)
        {
            return Finish(TokenKind.EndOfFile, position);
        }

        var c = _source[position];
        switch (c)
        {
            case '.': return Finish(TokenKind.Dot, position + 1);
            case '(': return Finish(TokenKind.LeftParenthesis, position + 1);
            case ')': return Finish(TokenKind.RightParenthesis, position + 1);
            case ':': return Finish(TokenKind.Colon, position + 1);
            case '@': return Finish(TokenKind.At, position + 1);
        }

        if (CharacterClasses.IsNameStart(c))
        {
            return Finish(TokenKind.Name, ScanName(position));
        }

        throw Error(position, $"Invalid character: {CharacterClasses.Describe(_source, position)}.");
    }
}
