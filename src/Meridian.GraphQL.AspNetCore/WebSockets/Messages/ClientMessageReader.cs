using System.Text.Json;
using Meridian.AspNetCore.WebSockets.Protocols;
using Meridian.Execution;

namespace Meridian.AspNetCore.WebSockets.Messages;

/// <summary>
/// Reads one client message (<c>{"type":…,"id":…,"payload":…}</c>) with <see cref="Utf8JsonReader"/> and checks it
/// against what its type requires. Anything else throws <see cref="InvalidSocketMessageException"/>.
/// </summary>
internal static class ClientMessageReader
{
    public static ClientMessage Read(ReadOnlySpan<byte> utf8Json, SocketProtocol protocol)
    {
        string? type = null;
        string? id = null;
        var payloadStart = -1;
        var payloadEnd = -1;
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InvalidSocketMessageException("Messages must be JSON objects.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"))
                {
                    type = ReadString(ref reader, "type");
                }
                else if (reader.ValueTextEquals("id"))
                {
                    id = ReadString(ref reader, "id");
                }
                else if (reader.ValueTextEquals("payload"))
                {
                    reader.Read();
                    payloadStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    payloadEnd = (int)reader.BytesConsumed;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.Read())
            {
                throw new InvalidSocketMessageException("Unexpected data after the message.");
            }
        }
        catch (JsonException)
        {
            throw new InvalidSocketMessageException("Messages must be JSON objects.");
        }

        if (type is null)
        {
            throw new InvalidSocketMessageException("The message has no 'type'.");
        }

        var kind = protocol.Classify(type);
        var payload = payloadStart < 0 ? default : utf8Json[payloadStart..payloadEnd];
        return kind switch
        {
            ClientMessageKind.ConnectionInit => new ClientMessage(kind) { ConnectionParameters = ReadParameters(payload) },
            ClientMessageKind.Subscribe => new ClientMessage(kind) { Id = RequireId(id, type), Request = ReadRequest(payload, type) },
            ClientMessageKind.Complete => new ClientMessage(kind) { Id = RequireId(id, type) },
            ClientMessageKind.Unknown => throw new InvalidSocketMessageException($"Unknown message type '{Truncate(type)}'."),
            _ => new ClientMessage(kind),
        };
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new InvalidSocketMessageException($"The message's '{name}' must be a string."),
        };
    }

    private static string RequireId(string? id, string type) =>
        string.IsNullOrEmpty(id) ? throw new InvalidSocketMessageException($"A '{Truncate(type)}' message needs an 'id'.") : id;

    private static IReadOnlyDictionary<string, object?>? ReadParameters(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonValueReader.ReadObject(payload);
        }
        catch (JsonException)
        {
            throw new InvalidSocketMessageException("The connection_init payload must be a JSON object.");
        }
    }

    private static GraphQLRequestPayload ReadRequest(ReadOnlySpan<byte> payload, string type)
    {
        if (payload.IsEmpty)
        {
            throw new InvalidSocketMessageException($"A '{Truncate(type)}' message needs a payload.");
        }

        try
        {
            return GraphQLRequestPayloadReader.Read(payload);
        }
        catch (GraphQLRequestPayloadException exception)
        {
            throw new InvalidSocketMessageException(exception.Message);
        }
    }

    // Close reasons are at most 123 bytes; message types come from the client and may be long.
    private static string Truncate(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
