namespace Meridian.Language;

public ref partial struct Lexer
{
    // IntValue and FloatValue (§2.9.1, §2.9.2): no leading zeros, and neither `.` nor a NameStart may follow.
    private TokenKind ReadNumber(int start, char first)
    {
        var position = start;
        var c = first;
        var isFloat = false;

        if (c == '-')
        {
            c = CharAt(++position);
        }

        if (c == '0')
        {
            c = CharAt(++position);
            if (CharacterClasses.IsDigit(c))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {CharacterClasses.Describe(_source, position)}.");
            }
        }
        else
        {
            position = ExpectDigits(position);
            c = CharAt(position);
        }

        if (c == '.')
        {
            isFloat = true;
            position = ExpectDigits(position + 1);
            c = CharAt(position);
        }

        if (c is 'e' or 'E')
        {
            isFloat = true;
            c = CharAt(++position);
            if (c is '+' or '-')
            {
                ++position;
            }

            position = ExpectDigits(position);
            c = CharAt(position);
        }

        if (c == '.' || CharacterClasses.IsNameStart(c))
        {
            throw Error(position, $"Invalid number, expected digit but got: {CharacterClasses.Describe(_source, position)}.");
        }

        return Finish(isFloat ? TokenKind.Float : TokenKind.Int, position);
    }

    private readonly int ExpectDigits(int position)
    {
        if (!CharacterClasses.IsDigit(CharAt(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {CharacterClasses.Describe(_source, position)}.");
        }

        return ScanDigits(position);
    }

    private readonly int ScanDigits(int position)
    {
        while (CharacterClasses.IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }
}
