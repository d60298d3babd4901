using System.Buffers;

namespace Meridian.AspNetCore.Streaming;

/// <summary>
/// One serialized outgoing message. Pooled frames own a rented array: whoever holds such a frame last calls
/// <see cref="Release"/> (the writer after sending it, or whoever drops it).
/// </summary>
internal readonly record struct OutgoingFrame(byte[] Buffer, int Length, bool IsPooled = true)
{
    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Length);

    /// <summary>A frame over bytes that are never returned to the pool (constant messages).</summary>
    public static OutgoingFrame Constant(byte[] bytes) => new(bytes, bytes.Length, IsPooled: false);

    public void Release()
    {
        if (IsPooled && Buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
        }
    }
}
