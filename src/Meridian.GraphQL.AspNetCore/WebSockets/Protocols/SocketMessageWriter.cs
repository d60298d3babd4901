using System.Text;
using System.Text.Json;
using Meridian.AspNetCore.Streaming;
using Meridian.Execution;

namespace Meridian.AspNetCore.WebSockets.Protocols;

/// <summary>Writes server messages (<c>{"id":…,"type":…,"payload":…}</c>) with <see cref="Utf8JsonWriter"/> into pooled frames.</summary>
internal static class SocketMessageWriter
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText PayloadName = JsonEncodedText.Encode("payload");

    /// <summary>A message without id and payload, as constant bytes (pings, pongs, keep-alives, plain acks).</summary>
    public static OutgoingFrame Constant(string type) =>
        OutgoingFrame.Constant(Encoding.UTF8.GetBytes($"{{\"type\":\"{type}\"}}"));

    /// <summary>A message whose payload <paramref name="writePayload"/> writes (nothing when null).</summary>
    public static OutgoingFrame Write<TState>(
        JsonEncodedText type,
        string? id,
        TState state,
        Action<Utf8JsonWriter, TState>? writePayload)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, JsonResultFormatter.WriterOptions))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString(IdName, id);
            }

            writer.WriteString(TypeName, type);
            if (writePayload is not null)
            {
                writer.WritePropertyName(PayloadName);
                writePayload(writer, state);
            }

            writer.WriteEndObject();
        }

        return buffer.Detach();
    }

    /// <summary>A message carrying a map payload (connection parameters answered by the server), or none.</summary>
    public static OutgoingFrame WriteMap(JsonEncodedText type, IReadOnlyDictionary<string, object?>? payload) =>
        Write(type, null, payload, payload is null ? null : static (writer, map) => JsonResultFormatter.WriteValue(writer, map));
}
