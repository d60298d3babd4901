using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace Meridian.Execution;

/// <summary>
/// Writes result trees as compact JSON straight into the output's memory: the values a result is made of (objects,
/// lists, ASCII strings, integers, booleans, short decimals, unboxed leaves) as raw bytes, with the separators known
/// from the tree's shape; everything else (strings that need escaping, other doubles, maps, JSON elements, errors)
/// through a <see cref="Utf8JsonWriter"/> with <see cref="JsonResultFormatter.WriterOptions"/>, so the bytes are
/// the same as that writer's for every value. The general writer validates and tracks state for every token, which
/// made it most of the cost of answering a list of objects.
/// </summary>
internal ref struct ResultJsonWriter
{
    private const int MinimumChunk = 4096;

    // Longer texts are transcoded and searched by the vectorized library calls.
    private const int MaxBlockCopy = 64;

    // What the relaxed encoder writes as it is: printable ASCII but the quote and the backslash.
    private static readonly SearchValues<byte> PlainText = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"u8);

    // One general writer per thread, reset onto each output; taken while in use (a map may hold a result tree).
    [ThreadStatic]
    private static Utf8JsonWriter? t_general;

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _buffer;
    private int _position;

    public ResultJsonWriter(IBufferWriter<byte> output)
    {
        _output = output;
    }

    /// <summary>Commits what was written to the output.</summary>
    public void Flush()
    {
        if (_position > 0)
        {
            _output.Advance(_position);
        }

        _buffer = default;
        _position = 0;
    }

    public void WriteResult(OperationResult result)
    {
        WriteByte((byte)'{');
        var separator = false;
        if (result.Errors.Count > 0)
        {
            WriteRaw("\"errors\":"u8);
            WriteGeneral(result.Errors, static (writer, errors) =>
            {
                writer.WriteStartArray();
                foreach (var error in errors)
                {
                    JsonResultFormatter.WriteError(writer, error);
                }

                writer.WriteEndArray();
            });
            separator = true;
        }

        if (result.HasData)
        {
            WriteRaw(separator ? ",\"data\":"u8 : "\"data\":"u8);
            WriteValue(result.Data);
            separator = true;
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            WriteRaw(separator ? ",\"extensions\":"u8 : "\"extensions\":"u8);
            WriteGeneral(extensions, static (writer, map) => JsonResultFormatter.WriteValue(writer, map));
        }

        WriteByte((byte)'}');
    }

    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteNull();
                break;
            case string text:
                WriteString(text);
                break;
            case ObjectResult obj:
                WriteObject(obj);
                break;
            case ListResult list:
                WriteList(list);
                break;
            case JsonListResult written:
                WriteRaw(written.Json);
                break;
            case bool boolean:
                WriteBoolean(boolean);
                break;
            case int number:
                WriteNumber(number);
                break;
            case long number:
                WriteNumber(number);
                break;
            case double number:
                WriteNumber(number);
                break;
            default:
                WriteGeneral(value, static (writer, other) => JsonResultFormatter.WriteValue(writer, other));
                break;
        }
    }

    // The literals packed little-endian, each written as one store (see WriteRaw(ulong, int)).
    private const ulong NullBytes = 0x6C6C756E;
    private const ulong TrueBytes = 0x65757274;
    private const ulong FalseBytes = 0x65736C6166;

    public void WriteNull() => WriteRaw(NullBytes, 4);

    public void WriteBoolean(bool value)
    {
        if (value)
        {
            WriteRaw(TrueBytes, 4);
        }
        else
        {
            WriteRaw(FalseBytes, 5);
        }
    }

    /// <summary>An integer (see <see cref="DecimalDigits.WriteInteger"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteNumber(long value)
    {
        // Reserved first: a refill resets the position that the length is added to.
        var span = Reserve(DecimalDigits.MaxSignedLength);
        _position += DecimalDigits.WriteInteger(value, span);
    }

    /// <summary>
    /// A double as the shortest text that reads back as it (what <see cref="Utf8JsonWriter"/> writes). Integers below
    /// 10^15, and values below 10^11 with up to four decimals, are written here; others go to the general writer.
    /// </summary>
    public void WriteNumber(double value)
    {
        if (!TryWriteShortDecimal(value))
        {
            WriteGeneral(value, static (writer, number) => writer.WriteNumberValue(number));
        }
    }

    /// <summary>
    /// Room for a string of at most <paramref name="maxLength"/> ASCII bytes that need no escaping (dates, numbers as
    /// text, ids), after its opening quote: the caller formats into it and then calls <see cref="EndAsciiString"/> with
    /// the length written, so the text goes straight into the output instead of through a copy.
    /// </summary>
    public Span<byte> BeginAsciiString(int maxLength)
    {
        var span = Reserve(maxLength + 2);
        span[0] = (byte)'"';
        return span.Slice(1, maxLength);
    }

    /// <summary>Closes the string begun by <see cref="BeginAsciiString"/>, of <paramref name="length"/> bytes.</summary>
    public void EndAsciiString(int length)
    {
        _buffer[_position + 1 + length] = (byte)'"';
        _position += length + 2;
    }

    public void WriteString(string text)
    {
        if (!TryWritePlainString(text))
        {
            WriteGeneral(text, static (writer, value) => writer.WriteStringValue(value));
        }
    }

    /// <summary>
    /// Writes a string that reads back from the JSON as itself; false, with nothing written, for one with a lone
    /// surrogate, which JSON cannot carry (it is written as a replacement character). Inlined into compiled writers:
    /// the call and its frame cost as much as copying a short text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryWriteExactString(string text) => TryWritePlainString(text) || TryWriteEscapedString(text);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryWriteEscapedString(string text)
    {
        if (HasLoneSurrogate(text))
        {
            return false;
        }

        WriteGeneral(text, static (writer, value) => writer.WriteStringValue(value));
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryWritePlainString(string text)
    {
        var length = text.Length;
        ref var free = ref ReserveUnchecked(length + 2);
        if (!TryCopyPlain(text, MemoryMarshal.CreateSpan(ref Unsafe.Add(ref free, 1), length)))
        {
            return false;
        }

        free = (byte)'"';
        Unsafe.Add(ref free, length + 1) = (byte)'"';
        _position += length + 2;
        return true;
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var index = text.IndexOfAnyInRange('\uD800', '\uDFFF'); index >= 0; index = text.IndexOfAnyInRange('\uD800', '\uDFFF'))
        {
            if (!char.IsHighSurrogate(text[index]) || index + 1 == text.Length || !char.IsLowSurrogate(text[index + 1]))
            {
                return true;
            }

            text = text[(index + 2)..];
        }

        return false;
    }

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

    private void WriteObject(ObjectResult obj)
    {
        WriteByte((byte)'{');
        for (var i = 0; i < obj.Count; i++)
        {
            if (i > 0)
            {
                WriteByte((byte)',');
            }

            WriteRaw(obj.GetSelection(i).JsonPropertyName);
            var value = obj.GetRawValue(i);
            if (value is string text)
            {
                // Tested first: a class test of the sealed string is cheaper than the leaf format's hierarchy walk.
                WriteString(text);
            }
            else if (value is LeafFormat leaf)
            {
                leaf.Write(ref this, in obj.GetLeaf(i));
            }
            else
            {
                WriteValue(value);
            }
        }

        WriteByte((byte)'}');
    }

    private void WriteList(ListResult list)
    {
        WriteByte((byte)'[');
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                WriteByte((byte)',');
            }

            WriteValue(list.GetValue(i));
        }

        WriteByte((byte)']');
    }

    private bool TryWriteShortDecimal(double value)
    {
        var span = Reserve(DecimalDigits.MaxShortDecimalLength);
        var length = DecimalDigits.TryWriteShortDecimal(value, span);
        if (length > 0)
        {
            _position += length;
            return true;
        }

        // Integers from 10^11 to 10^15 are written as the integers they are; zero's sign, infinities, NaN and the
        // other doubles are the general writer's.
        var magnitude = Math.Abs(value);
        if (magnitude < 1e11 || !(magnitude < 1e15) || (long)value != value)
        {
            return false;
        }

        WriteNumber((long)value);
        return true;
    }

    public void WriteByte(byte value)
    {
        if (_position < _buffer.Length)
        {
            _buffer[_position++] = value;
            return;
        }

        Reserve(1)[0] = value;
        _position++;
    }

    /// <summary>
    /// Up to eight bytes that are JSON already, packed little-endian in <paramref name="bytes"/>: compiled writers write
    /// their constant parts this way, as one store instead of a copy.
    /// </summary>
    public void WriteRaw(ulong bytes, int length)
    {
        Unsafe.WriteUnaligned(ref ReserveUnchecked(sizeof(ulong)), LittleEndian(bytes));
        _position += length;
    }

    /// <summary>
    /// Nine to sixteen bytes that are JSON already, packed little-endian in <paramref name="low"/> and
    /// <paramref name="high"/>: one room check for both stores (a property name with its separators).
    /// </summary>
    public void WriteRaw(ulong low, ulong high, int length)
    {
        ref var free = ref ReserveUnchecked(2 * sizeof(ulong));
        Unsafe.WriteUnaligned(ref free, LittleEndian(low));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref free, sizeof(ulong)), LittleEndian(high));
        _position += length;
    }

    /// <summary>Bytes that are JSON already (property names, constant parts, a list written during execution).</summary>
    public void WriteRaw(scoped ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _position += bytes.Length;
    }

    private Span<byte> Reserve(int size)
    {
        EnsureRoom(size);
        return _buffer[_position..];
    }

    /// <summary>
    /// The first free byte, with at least <paramref name="size"/> free bytes from it: the constant writes store through
    /// it without the span's bounds checks, which would repeat the room check just made.
    /// </summary>
    private ref byte ReserveUnchecked(int size)
    {
        EnsureRoom(size);
        return ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), (nint)(uint)_position);
    }

    private void EnsureRoom(int size)
    {
        if (_buffer.Length - _position < size)
        {
            Grow(size);
        }
    }

    private static ulong LittleEndian(ulong bytes) => BitConverter.IsLittleEndian ? bytes : BinaryPrimitives.ReverseEndianness(bytes);

    // Out of line: the room check stays a compare and a branch in every caller, the rare refill in one place.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int size)
    {
        Flush();
        _buffer = _output.GetSpan(Math.Max(size, MinimumChunk));
    }

    /// <summary>Writes one value with the general writer, after what this writer has written.</summary>
    private void WriteGeneral<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        Flush();
        var writer = t_general;
        t_general = null;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(_output, JsonResultFormatter.WriterOptions);
        }
        else
        {
            writer.Reset(_output);
        }

        write(writer, state);
        writer.Flush();
        writer.Reset(NoOutput.Instance);
        t_general = writer;
    }

    // What the idle general writer points at, so that it keeps no response's buffer alive.
    private sealed class NoOutput : IBufferWriter<byte>
    {
        public static readonly NoOutput Instance = new();

        public void Advance(int count) => throw new InvalidOperationException("The idle writer has no output.");

        public Memory<byte> GetMemory(int sizeHint = 0) => throw new InvalidOperationException("The idle writer has no output.");

        public Span<byte> GetSpan(int sizeHint = 0) => throw new InvalidOperationException("The idle writer has no output.");
    }
}
