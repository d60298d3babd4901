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

    // Each reserves first and adds the length after: a refill resets the position that the length is added to.
    public void WriteNull()
    {
        var length = DirectJson.WriteNull(ref ReserveUnchecked(DirectJson.MaxLiteralLength));
        _position += length;
    }

    public void WriteBoolean(bool value)
    {
        var length = DirectJson.WriteBoolean(ref ReserveUnchecked(DirectJson.MaxLiteralLength), value);
        _position += length;
    }

    /// <summary>An integer (see <see cref="DecimalDigits.WriteInteger"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteNumber(long value)
    {
        var length = DirectJson.WriteInteger(ref ReserveUnchecked(DirectJson.MaxIntegerLength), value);
        _position += length;
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
    /// The first of at least <paramref name="size"/> free bytes, for a caller that stores into them itself and then
    /// counts what it stored with <see cref="Advance"/> (compiled flat writers: their position stays a local for a
    /// whole object). Any other write in between may move the room: it is taken again after one.
    /// </summary>
    public ref byte GetRoom(int size) => ref ReserveUnchecked(size);

    /// <summary>Counts <paramref name="count"/> bytes stored into the room <see cref="GetRoom"/> gave.</summary>
    public void Advance(int count) => _position += count;

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
        var length = DirectJson.TryWriteString(ref ReserveUnchecked(text.Length + DirectJson.StringQuotesLength), text);
        if (length < 0)
        {
            return false;
        }

        _position += length;
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
        var length = DirectJson.TryWriteShortDecimal(ref ReserveUnchecked(DirectJson.MaxShortDecimalLength), value);
        if (length > 0)
        {
            _position += length;
            return true;
        }

        // Integers from 10^11 to 10^15 are written as the integers they are; negative zero, infinities, NaN and the
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
