using System.Numerics;

namespace Meridian.Types;

/// <summary>
/// Writes the output forms of the <c>DateTime</c> and <c>Date</c> scalars digit by digit, as UTF-16 (for the
/// serialized string) or UTF-8 (straight into the JSON writer's buffer): <c>yyyy-MM-ddTHH:mm:ss.fff</c> followed by
/// <c>Z</c> for offset zero or <c>±hh:mm</c>, and <c>yyyy-MM-dd</c>. One routine for both encodings, so that both are
/// the same text; it does what .NET's custom format strings do for these patterns (milliseconds truncated, the
/// offset's own clock time) at a fraction of their cost, which matters when a result holds thousands of them.
/// </summary>
internal static class DateTimeText
{
    /// <summary>The longest form: <c>yyyy-MM-ddTHH:mm:ss.fff+hh:mm</c>.</summary>
    public const int MaxDateTimeLength = 29;

    public const int DateLength = 10;

    public static string Format(DateTimeOffset value)
    {
        Span<char> buffer = stackalloc char[MaxDateTimeLength];
        return new string(buffer[..Write(value, buffer)]);
    }

    public static string Format(DateOnly value)
    {
        Span<char> buffer = stackalloc char[DateLength];
        Write(value, buffer);
        return new string(buffer);
    }

    /// <summary>Writes the date-time form; returns its length. <paramref name="destination"/> holds at least <see cref="MaxDateTimeLength"/>.</summary>
    public static int Write<TChar>(DateTimeOffset value, Span<TChar> destination)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var clock = value.DateTime;
        WriteDate(clock.Year, clock.Month, clock.Day, destination);
        destination[10] = TChar.CreateTruncating('T');
        WriteTwoDigits(clock.Hour, destination[11..]);
        destination[13] = TChar.CreateTruncating(':');
        WriteTwoDigits(clock.Minute, destination[14..]);
        destination[16] = TChar.CreateTruncating(':');
        WriteTwoDigits(clock.Second, destination[17..]);
        destination[19] = TChar.CreateTruncating('.');
        var milliseconds = clock.Millisecond;
        destination[20] = Digit<TChar>(milliseconds / 100);
        WriteTwoDigits(milliseconds % 100, destination[21..]);

        var offset = (int)value.Offset.TotalMinutes;
        if (offset == 0)
        {
            destination[23] = TChar.CreateTruncating('Z');
            return 24;
        }

        destination[23] = TChar.CreateTruncating(offset < 0 ? '-' : '+');
        offset = Math.Abs(offset);
        WriteTwoDigits(offset / 60, destination[24..]);
        destination[26] = TChar.CreateTruncating(':');
        WriteTwoDigits(offset % 60, destination[27..]);
        return MaxDateTimeLength;
    }

    /// <summary>Writes <c>yyyy-MM-dd</c> (<see cref="DateLength"/> characters).</summary>
    public static void Write<TChar>(DateOnly value, Span<TChar> destination)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        WriteDate(value.Year, value.Month, value.Day, destination);

    private static void WriteDate<TChar>(int year, int month, int day, Span<TChar> destination)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        WriteTwoDigits(year / 100, destination);
        WriteTwoDigits(year % 100, destination[2..]);
        destination[4] = TChar.CreateTruncating('-');
        WriteTwoDigits(month, destination[5..]);
        destination[7] = TChar.CreateTruncating('-');
        WriteTwoDigits(day, destination[8..]);
    }

    private static void WriteTwoDigits<TChar>(int value, Span<TChar> destination)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        destination[0] = Digit<TChar>(value / 10);
        destination[1] = Digit<TChar>(value % 10);
    }

    private static TChar Digit<TChar>(int value)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        TChar.CreateTruncating('0' + value);
}
