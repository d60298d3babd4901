using System.Buffers;
using System.Text.Json;
using Meridian.AspNetCore.Http;
using Meridian.AspNetCore.WebSockets.Protocols;
using Meridian.Execution;

namespace Meridian.AspNetCore.WebSockets.Messages;

/// <summary>
/// Reads one client message (<c>{"type":…,"id":…,"payload":…}</c>) with <see cref="Utf8JsonReader"/> and checks it
/// against what its type requires. Anything else throws <see cref="InvalidSocketMessageException"/>.
/// </summary>
internal static class ClientMessageReader
{
    /// <param name="utf8Json">The message.</param>
    /// <param name="protocol">The connection's subprotocol, which names the message types.</param>
    /// <param name="options">The endpoint's options, which bound what an operation's payload may hold.</param>
    public static ClientMessage Read(ReadOnlyMemory<byte> utf8Json, SocketProtocol protocol, GraphQLServerOptions options)
    {
        string? type = null;
        string? id = null;
        var payloadStart = -1;
        var payloadEnd = -1;
        try
        {
            var reader = new Utf8JsonReader(utf8Json.Span);
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
            ClientMessageKind.ConnectionInit => new ClientMessage(kind) { ConnectionParameters = ReadParameters(payload.Span) },
            ClientMessageKind.Subscribe => new ClientMessage(kind) { Id = RequireId(id, type), Request = ReadRequest(payload, type, options) },
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

    /// <summary>The operation, read as GraphQL over HTTP reads a POST body: one request, no batches.</summary>
    private static GraphQLRequest ReadRequest(ReadOnlyMemory<byte> payload, string type, GraphQLServerOptions options)
    {
        if (payload.IsEmpty || payload.Span[0] != (byte)'{')
        {
            throw new InvalidSocketMessageException($"A '{Truncate(type)}' message needs a payload object.");
        }

        GraphQLRequestBatch batch;
        try
        {
            batch = GraphQLRequestJsonReader.Read(new ReadOnlySequence<byte>(payload), options);
        }
        catch (GraphQLRequestException exception)
        {
            throw new InvalidSocketMessageException(exception.Message);
        }

        return batch.Requests[0].VariableBatch is null
            ? batch.Requests[0]
            : throw new InvalidSocketMessageException("An operation's 'variables' must be one JSON object.");
    }

    // Close reasons are at most 123 bytes; message types come from the client and may be long.
    private static string Truncate(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
