using System.Buffers;
using System.Text.Json;

namespace Meridian.Subscriptions;

/// <summary>Events as UTF-8 JSON through System.Text.Json (web defaults unless options are given).</summary>
public sealed class JsonMessageSerializer : IMessageSerializer
{
    private readonly JsonSerializerOptions _options;

    public JsonMessageSerializer(JsonSerializerOptions? options = null)
    {
        _options = options ?? JsonSerializerOptions.Web;
    }

    public static JsonMessageSerializer Default { get; } = new();

    public void Serialize<TMessage>(TMessage message, IBufferWriter<byte> destination)
    {
        using var writer = new Utf8JsonWriter(destination);
        JsonSerializer.Serialize(writer, message, _options);
    }

    public TMessage Deserialize<TMessage>(ReadOnlySpan<byte> payload) =>
        JsonSerializer.Deserialize<TMessage>(payload, _options)!;
}
