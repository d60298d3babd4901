using System.Buffers;

namespace Meridian.Subscriptions;

/// <summary>
/// Turns events into bytes for transports that carry them between processes. An event is serialized once when it is
/// sent and deserialized once per receiving process, whatever the number of subscribers there.
/// </summary>
public interface IMessageSerializer
{
    void Serialize<TMessage>(TMessage message, IBufferWriter<byte> destination);

    TMessage Deserialize<TMessage>(ReadOnlySpan<byte> payload);
}
