namespace Meridian.Validation;

/// <summary>Compares strings with runs of digits ordered by their numeric value ("a2" before "a10"), as graphql-js sorts suggestions.</summary>
public static class NaturalOrder
{
    public static int Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var i = 0;
        var j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (char.IsAsciiDigit(left[i]) && char.IsAsciiDigit(right[j]))
            {
                var leftNumber = ReadNumber(left, ref i);
                var rightNumber = ReadNumber(right, ref j);
                if (leftNumber != rightNumber)
                {
                    return leftNumber < rightNumber ? -1 : 1;
                }
            }
            else
            {
                if (left[i] != right[j])
                {
                    return left[i] < right[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    // A leading zero ends the number after one digit, so "01" reads as 0 then 1, as graphql-js reads it.
    private static double ReadNumber(string text, ref int index)
    {
        double number = 0;
        do
        {
            number = (number * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0);

        return number;
    }
}
