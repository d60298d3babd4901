using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Meridian.Execution;

/// <summary>
/// The decimal digits of an unsigned integer, counted and written straight into the output. The general formatter
/// parses a format, handles cultures and dispatches on the type for every number, which is most of what a small number
/// costs; these are the bare digits JSON needs.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The longest <see cref="long"/> written: its sign and nineteen digits.</summary>
    public const int MaxSignedLength = 20;

    // "00" to "99": a division by 100 yields two digits, half the divisions of one digit at a time.
    private static ReadOnlySpan<byte> Pairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    // How many digits of each pair "00" to "99" are left when its trailing zeros are dropped.
    private static ReadOnlySpan<byte> KeptDigits =>
    [
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    ];

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
    /// its digits, at most twenty) and returns how many there are.
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

    /// <summary>The longest decimal <see cref="TryWriteShortDecimal"/> needs room for: a sign, eleven digits, the point and four decimals written as one eight-byte store.</summary>
    public const int MaxShortDecimalLength = 1 + 11 + 8;

    /// <summary>
    /// Writes <paramref name="value"/> (with its sign) at the start of <paramref name="destination"/>: those below
    /// 10,000 inline, with one store (<see cref="WriteBelowTenThousand"/>), the others through the digit loop.
    /// The destination has room for <see cref="MaxSignedLength"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteInteger(long value, Span<byte> destination) =>
        (ulong)value < 10_000 ? WriteBelowTenThousand((uint)value, destination) : WriteSigned(value, destination);

    /// <summary>
    /// Writes a double below 10^11 in magnitude that has at most four decimals as the shortest text that reads back
    /// as it (what <see cref="System.Text.Json.Utf8JsonWriter"/> writes) and returns the length; -1, with nothing
    /// meaningful written, for any other double (negative zero, whose sign the general writer keeps, included). The destination
    /// has room for <see cref="MaxShortDecimalLength"/>. Inlined: compiled flat writers keep their position in a
    /// register across it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TryWriteShortDecimal(double value, Span<byte> destination)
    {
        // Below 1e11 a double's spacing is under 1e-5, so at most one number of four decimals reads back as it: when
        // the magnitude scaled by 10^4 is that number's digits, those digits without their trailing zeros are the
        // shortest. (Rounding is symmetric: the magnitude scales as the value does, but for the sign.)
        var magnitude = Math.Abs(value);
        if (value == 0)
        {
            // Positive zero is "0"; negative zero keeps its sign, as the general writer writes it.
            if (BitConverter.DoubleToInt64Bits(value) != 0)
            {
                return -1;
            }

            destination[0] = (byte)'0';
            return 1;
        }

        if (!(magnitude < 1e11))
        {
            return -1;
        }

        var scaled = magnitude * 10_000;
        var digits = (ulong)scaled;
        if (digits != scaled || !IsNearestToTenThousandths(magnitude, scaled))
        {
            return -1;
        }

        if (value > 0)
        {
            return WriteTenThousandths(digits, destination);
        }

        destination[0] = (byte)'-';
        return 1 + WriteTenThousandths(digits, destination[1..]);
    }

    /// <summary>
    /// Whether <paramref name="magnitude"/> (positive, below 10^11) is the double nearest to
    /// <paramref name="tenThousandths"/> / 10^4, the whole number its product by 10^4 rounded to: what dividing back
    /// and comparing tells, without the division, whose latency held up the rest of a compiled writer's object.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNearestToTenThousandths(double magnitude, double tenThousandths)
    {
        // The product's rounding error, exactly (a fused multiply-add rounds once, and the error is a multiple of the
        // magnitude's last-bit unit, its ulp, far smaller than 2^53 of them). The magnitude is the double nearest to the
        // quotient when the quotient lies within half an ulp of it, i.e. when the error is under 10^4 / 2 ulps. No
        // quotient below 2^49 falls exactly halfway between two doubles (a whole number is never 10^4 times an odd
        // multiple of so small a power of two). Just below a power of two the doubles are twice as dense, but a power
        // of two times 10^4 is exact: its error is zero, and the narrower half-gap never needs measuring.
        var error = Math.FusedMultiplyAdd(magnitude, 10_000, -tenThousandths);
        if (error == 0)
        {
            return true;
        }

        // The magnitude's power of two (its exponent bits alone) times 2^-52 is its ulp.
        var powerOfTwo = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(magnitude) & ExponentBits);
        return Math.Abs(error) < powerOfTwo * (5_000d / (1L << 52));
    }

    private const long ExponentBits = 0x7FF0_0000_0000_0000;

    /// <summary>
    /// Writes <paramref name="value"/> with its sign at the start of <paramref name="destination"/> (which has room for
    /// <see cref="MaxSignedLength"/>) and returns the length.
    /// </summary>
    public static int WriteSigned(long value, Span<byte> destination)
    {
        if (value >= 0)
        {
            return Write((ulong)value, destination);
        }

        destination[0] = (byte)'-';
        return 1 + Write(unchecked(0 - (ulong)value), destination[1..]);
    }

    /// <summary>
    /// Writes <paramref name="tenThousandths"/> / 10^4 as a decimal without trailing zeros (<c>12.5</c>, <c>3</c>,
    /// <c>0.0625</c>) at the start of <paramref name="destination"/> and returns its length. The destination has room for
    /// the whole part's digits and eight bytes more: the point and the four decimals are one store, and only the
    /// decimals that are not trailing zeros are counted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteTenThousandths(ulong tenThousandths, Span<byte> destination)
    {
        var whole = tenThousandths / 10_000;
        var fraction = (uint)(tenThousandths - (whole * 10_000));
        var length = whole < 10_000 ? WriteBelowTenThousand((uint)whole, destination) : Write(whole, destination);
        if (fraction == 0)
        {
            return length;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(destination[length..], ((ulong)FourDigits(fraction) << 8) | '.');
        var rest = fraction % 100;
        return length + 1 + (rest != 0 ? 2 + KeptDigits[(int)rest] : KeptDigits[(int)(fraction / 100)]);
    }

    /// <summary>
    /// Writes <paramref name="value"/> (below 10,000) at the start of <paramref name="destination"/> (which has room
    /// for four bytes) and returns how many digits it has: one store, no loop, so that it is inlined where small
    /// numbers are most of what is written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteBelowTenThousand(uint value, Span<byte> destination)
    {
        var count = 1 + (value >= 10 ? 1 : 0) + (value >= 100 ? 1 : 0) + (value >= 1_000 ? 1 : 0);

        // The four digits with their leading zeros, shifted out (the first byte written is the lowest).
        BinaryPrimitives.WriteUInt32LittleEndian(destination, FourDigits(value) >> (8 * (4 - count)));
        return count;
    }

    // The four ASCII digits of a value below 10,000, leading zeros included, packed little-endian (first digit lowest).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FourDigits(uint value)
    {
        // value / 100 as a multiplication and a shift (exact below 43,699).
        var high = (value * 5243) >> 19;
        var low = value - (high * 100);
        var pairs = MemoryMarshal.Cast<byte, ushort>(Pairs);
        return pairs[(int)high] | ((uint)pairs[(int)low] << 16);
    }

    /// <summary>Writes <paramref name="pair"/> (0 to 99) as two digits, a leading zero included.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WritePair(int pair, Span<byte> destination)
    {
        var digits = Pairs.Slice(pair * 2, 2);
        destination[0] = digits[0];
        destination[1] = digits[1];
    }
}
