using System.Buffers;

namespace Meridian.Execution;

/// <summary>
/// The UTF-8 JSON an operation writes while it executes (<see cref="JsonListResult"/>s point into it). Kept with its
/// <see cref="ResultPool"/>, so it grows to what the operations of a server need and is then reused; a list whose
/// writing is abandoned is cut off again.
/// </summary>
internal sealed class ResultBuffer : IBufferWriter<byte>
{
    private const int InitialSize = 16 * 1024;

    // Larger buffers, after an unusually large result, go back to the shared pool instead of being kept.
    private const int MaxRetainedSize = 1 << 20;

    private byte[] _buffer = [];
    private int _written;

    public int WrittenCount => _written;

    public ReadOnlySpan<byte> Slice(int start, int length) => _buffer.AsSpan(start, length);

    /// <summary>Drops what was written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => _written = length;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Empties the buffer for the next operation.</summary>
    public void Clear()
    {
        _written = 0;
        if (_buffer.Length > MaxRetainedSize)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(_buffer.Length * 2, InitialSize)));
        _buffer.AsSpan(0, _written).CopyTo(grown);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = grown;
    }
}
