using System.Buffers;
using System.Buffers.Binary;
using Meridian.Subscriptions;

namespace Meridian.Redis.Subscriptions;

/// <summary>
/// What travels on a topic's Redis channel: one kind byte, then the kind's payload. Completion travels on the same
/// channel as the events, so it reaches every instance after the events sent before it.
/// </summary>
internal static class RedisFrame
{
    public const byte Message = (byte)'m';
    public const byte Completion = (byte)'c';
    public const byte Probe = (byte)'p';

    private const int ProbeLength = 1 + 16 + sizeof(long);

    public static byte[] CompletionFrame { get; } = [Completion];

    public static byte[] ForMessage<TMessage>(IMessageSerializer serializer, TMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.GetSpan(1)[0] = Message;
        buffer.Advance(1);
        serializer.Serialize(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A frame that only the instance that sent it acts on: proof that its subscription to the channel works.</summary>
    public static byte[] ForProbe(Guid instance, long probe)
    {
        var frame = new byte[ProbeLength];
        frame[0] = Probe;
        instance.TryWriteBytes(frame.AsSpan(1, 16));
        BinaryPrimitives.WriteInt64LittleEndian(frame.AsSpan(17), probe);
        return frame;
    }

    public static bool TryReadProbe(ReadOnlySpan<byte> frame, out Guid instance, out long probe)
    {
        if (frame.Length != ProbeLength || frame[0] != Probe)
        {
            instance = Guid.Empty;
            probe = 0;
            return false;
        }

        instance = new Guid(frame.Slice(1, 16));
        probe = BinaryPrimitives.ReadInt64LittleEndian(frame[17..]);
        return true;
    }
}
