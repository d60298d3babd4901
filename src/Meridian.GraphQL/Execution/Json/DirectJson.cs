using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Meridian.Execution;

/// <summary>
/// The JSON of the common leaf values written straight into memory the caller has made room for, each returning how
/// many bytes it wrote (-1, when it can write nothing, for a value the general writer has to write): what
/// <see cref="ResultJsonWriter"/> writes for these values, and what compiled flat writers call inline, keeping their
/// position in a register for a whole object instead of in the writer between every two values.
/// </summary>
internal static class DirectJson
{
    /// <summary>The most bytes <see cref="WriteInteger"/> touches.</summary>
    public const int MaxIntegerLength = DecimalDigits.MaxSignedLength;

    /// <summary>The most bytes <see cref="WriteIntegerId"/> touches.</summary>
    public const int MaxIntegerIdLength = DecimalDigits.MaxSignedLength + 2;

    /// <summary>The most bytes <see cref="TryWriteShortDecimal"/> touches.</summary>
    public const int MaxShortDecimalLength = DecimalDigits.MaxShortDecimalLength;

    /// <summary>The most bytes <see cref="WriteBoolean"/> and <see cref="WriteNull"/> touch: one eight-byte store.</summary>
    public const int MaxLiteralLength = sizeof(ulong);

    /// <summary>The bytes <see cref="TryWriteString"/> touches besides the text's characters: its quotes.</summary>
    public const int StringQuotesLength = 2;

    // Longer texts are transcoded and searched by the vectorized library calls.
    private const int MaxBlockCopy = 64;

    // The literals packed little-endian, each written as one store.
    private const ulong NullBytes = 0x6C6C756E;
    private const ulong TrueBytes = 0x65757274;
    private const ulong FalseBytes = 0x65736C6166;

    // What the relaxed encoder writes as it is: printable ASCII but the quote and the backslash.
    private static readonly SearchValues<byte> PlainText = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"u8);

    /// <summary>
    /// A text the relaxed encoder writes as it is, in its quotes (its length and two bytes); -1 for one that needs
    /// escaping (the writer's general path).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TryWriteString(ref byte destination, string text)
    {
        var length = text.Length;
        if (!TryCopyPlain(text, MemoryMarshal.CreateSpan(ref Unsafe.Add(ref destination, 1), length)))
        {
            return -1;
        }

        destination = (byte)'"';
        Unsafe.Add(ref destination, length + 1) = (byte)'"';
        return length + StringQuotesLength;
    }

    /// <summary>An integer (see <see cref="DecimalDigits.WriteInteger"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteInteger(ref byte destination, long value) =>
        DecimalDigits.WriteInteger(value, MemoryMarshal.CreateSpan(ref destination, MaxIntegerLength));

    /// <summary>An <c>ID</c> read from an integer: its digits in quotes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteIntegerId(ref byte destination, long value)
    {
        var length = DecimalDigits.WriteSigned(value, MemoryMarshal.CreateSpan(ref Unsafe.Add(ref destination, 1), DecimalDigits.MaxSignedLength));
        destination = (byte)'"';
        Unsafe.Add(ref destination, length + 1) = (byte)'"';
        return length + 2;
    }

    /// <summary>A short decimal (see <see cref="DecimalDigits.TryWriteShortDecimal"/>); -1 for any other double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TryWriteShortDecimal(ref byte destination, double value) =>
        DecimalDigits.TryWriteShortDecimal(value, MemoryMarshal.CreateSpan(ref destination, MaxShortDecimalLength));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteBoolean(ref byte destination, bool value)
    {
        Unsafe.WriteUnaligned(ref destination, LittleEndian(value ? TrueBytes : FalseBytes));
        return value ? 4 : 5;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteNull(ref byte destination)
    {
        Unsafe.WriteUnaligned(ref destination, LittleEndian(NullBytes));
        return 4;
    }

    // The packed bytes in the machine's order, so that one store writes them in order.
    private static ulong LittleEndian(ulong bytes) => BitConverter.IsLittleEndian ? bytes : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(bytes);

    /// <summary>Copies text that the relaxed encoder writes as it is (<see cref="PlainText"/>); false for any other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryCopyPlain(ReadOnlySpan<char> text, Span<byte> destination) =>
        text.Length is >= 4 and <= MaxBlockCopy && Vector128.IsHardwareAccelerated
            ? TryCopyPlainBlocks(text, destination)
            : TryCopyPlainOther(text, destination);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryCopyPlainOther(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (text.Length > MaxBlockCopy)
        {
            return Ascii.FromUtf16(text, destination, out _) == OperationStatus.Done && destination.IndexOfAnyExcept(PlainText) < 0;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character - 0x20u > 0x7Eu - 0x20u || character == '"' || character == '\\')
            {
                return false;
            }

            destination[i] = (byte)character;
        }

        return true;
    }

    /// <summary>
    /// Short texts (names, ids) eight characters at a time, checked and narrowed in one vector each: the general
    /// transcoder and search set up more than they save at these lengths, and one character at a time takes a
    /// compare and a branch per character. The last block overlaps the one before (texts of four to seven characters
    /// are two overlapping halves), so no read or write goes outside the text or its place in the output.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryCopyPlainBlocks(ReadOnlySpan<char> text, Span<byte> destination)
    {
        ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref var target = ref MemoryMarshal.GetReference(destination);
        var length = text.Length;
        if (length < 8)
        {
            var head = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref source));
            var tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref source, length - 4)));
            var halves = Vector128.Create(head, tail).AsUInt16();
            if (!IsPlain(halves))
            {
                return false;
            }

            var narrowed = Vector128.Narrow(halves, halves).AsUInt32();
            Unsafe.WriteUnaligned(ref target, narrowed.GetElement(0));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 4), narrowed.GetElement(1));
            return true;
        }

        var last = length - 8;
        for (var start = 0; ; start = Math.Min(start + 8, last))
        {
            var block = Vector128.LoadUnsafe(ref source, (nuint)start);
            if (!IsPlain(block))
            {
                return false;
            }

            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, start), Vector128.Narrow(block, block).AsUInt64().ToScalar());
            if (start == last)
            {
                return true;
            }
        }
    }

    // Every character printable ASCII, and neither the quote nor the backslash.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlain(Vector128<ushort> block)
    {
        var outside = Vector128.GreaterThan(block - Vector128.Create((ushort)0x20), Vector128.Create((ushort)(0x7E - 0x20)));
        var escaped = Vector128.Equals(block, Vector128.Create((ushort)'"')) | Vector128.Equals(block, Vector128.Create((ushort)'\\'));
        return (outside | escaped) == Vector128<ushort>.Zero;
    }
}
