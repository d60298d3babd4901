using System.Numerics;
using System.Runtime.CompilerServices;

namespace Meridian.Execution;

/// <summary>
/// The decimal digits of an unsigned integer, counted and written straight into the output. The general formatter
/// parses a format, handles cultures and dispatches on the type for every number, which is most of what a small number
/// costs; these are the bare digits JSON needs.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The most digits an <see cref="ulong"/> has.</summary>
    public const int MaxCount = 20;

    // "00" to "99": a division by 100 yields two digits, half the divisions of one digit at a time.
    private static ReadOnlySpan<byte> Pairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    private static ReadOnlySpan<ulong> PowersOfTen =>
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
        1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
        10_000_000_000_000_000_000,
    ];

    /// <summary>How many digits <paramref name="value"/> has (1 for zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Count(ulong value)
    {
        // log10 estimated from log2 (1233 / 4096 is just above log10 2): the estimate is the digit count less one, or
        // one too many, which a comparison with the power of ten settles. Zero counts as one, as it is written.
        var atLeastOne = value | 1;
        var estimate = ((BitOperations.Log2(atLeastOne) + 1) * 1233) >> 12;
        return estimate + (atLeastOne >= PowersOfTen[estimate] ? 1 : 0);
    }

    /// <summary>
    /// Writes the digits of <paramref name="value"/> at the start of <paramref name="destination"/> (which has room for
    /// <see cref="MaxCount"/>) and returns how many there are.
    /// </summary>
    public static int Write(ulong value, Span<byte> destination)
    {
        var count = Count(value);
        var position = count;
        while (value > uint.MaxValue)
        {
            var quotient = value / 100;
            position -= 2;
            WritePair((int)(value - (quotient * 100)), destination[position..]);
            value = quotient;
        }

        // The rest in 32 bits, where dividing is cheaper.
        var small = (uint)value;
        while (small >= 100)
        {
            var quotient = small / 100;
            position -= 2;
            WritePair((int)(small - (quotient * 100)), destination[position..]);
            small = quotient;
        }

        if (small >= 10)
        {
            WritePair((int)small, destination);
        }
        else
        {
            destination[0] = (byte)('0' + small);
        }

        return count;
    }

    /// <summary>Writes <paramref name="pair"/> (0 to 99) as two digits, a leading zero included.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WritePair(int pair, Span<byte> destination)
    {
        var digits = Pairs.Slice(pair * 2, 2);
        destination[0] = digits[0];
        destination[1] = digits[1];
    }
}
