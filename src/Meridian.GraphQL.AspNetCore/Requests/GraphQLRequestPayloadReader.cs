using System.Text.Json;
using Meridian.Execution;
using Meridian.PersistedOperations;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore;

/// <summary>
/// Reads request parameters from a JSON object (POST bodies, WebSocket subscribe payloads) or from a query string
/// (GET), with the value types GraphQL over HTTP prescribes. Malformed input throws
/// <see cref="GraphQLRequestPayloadException"/> with a message fit for the client.
/// </summary>
public static class GraphQLRequestPayloadReader
{
    private const string QueryName = "query";
    private const string DocumentIdName = "documentId";
    private const string OperationNameName = "operationName";
    private const string VariablesName = "variables";
    private const string ExtensionsName = "extensions";

    /// <summary>Reads a JSON object holding the request parameters; unknown members are ignored.</summary>
    public static GraphQLRequestPayload Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new GraphQLRequestPayloadException("The request parameters must be a JSON object.");
            }

            var payload = ReadObject(ref reader);
            if (reader.Read())
            {
                throw new GraphQLRequestPayloadException("Unexpected data after the request's JSON object.");
            }

            return Validate(payload);
        }
        catch (JsonException exception)
        {
            throw new GraphQLRequestPayloadException($"The request is not valid JSON: {exception.Message}");
        }
    }

    /// <summary>Reads the parameters of a GET request: <c>variables</c> and <c>extensions</c> are JSON texts.</summary>
    public static GraphQLRequestPayload Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Validate(new GraphQLRequestPayload
        {
            Query = Single(query, QueryName),
            DocumentId = Single(query, DocumentIdName),
            OperationName = Single(query, OperationNameName),
            Variables = ParseMap(Single(query, VariablesName), VariablesName),
            Extensions = ParseMap(Single(query, ExtensionsName), ExtensionsName),
        });
    }

    private static GraphQLRequestPayload ReadObject(ref Utf8JsonReader reader)
    {
        var payload = new GraphQLRequestPayload();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(QueryName))
            {
                payload = payload with { Query = ReadString(ref reader, QueryName) };
            }
            else if (reader.ValueTextEquals(DocumentIdName))
            {
                payload = payload with { DocumentId = ReadString(ref reader, DocumentIdName) };
            }
            else if (reader.ValueTextEquals(OperationNameName))
            {
                payload = payload with { OperationName = ReadString(ref reader, OperationNameName) };
            }
            else if (reader.ValueTextEquals(VariablesName))
            {
                payload = payload with { Variables = ReadMap(ref reader, VariablesName) };
            }
            else if (reader.ValueTextEquals(ExtensionsName))
            {
                payload = payload with { Extensions = ReadMap(ref reader, ExtensionsName) };
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return payload;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            _ => throw new GraphQLRequestPayloadException($"The request parameter '{name}' must be a string."),
        };
    }

    private static IReadOnlyDictionary<string, object?>? ReadMap(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.StartObject => (IReadOnlyDictionary<string, object?>?)JsonValueReader.Read(ref reader),
            _ => throw new GraphQLRequestPayloadException($"The request parameter '{name}' must be a JSON object."),
        };
    }

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new GraphQLRequestPayloadException($"The request parameter '{name}' was given more than once."),
        };
    }

    private static IReadOnlyDictionary<string, object?>? ParseMap(string? json, string name)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonValueReader.Read(System.Text.Encoding.UTF8.GetBytes(json)) switch
            {
                null => null,
                IReadOnlyDictionary<string, object?> map => map,
                _ => throw new GraphQLRequestPayloadException($"The request parameter '{name}' must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw new GraphQLRequestPayloadException($"The request parameter '{name}' is not valid JSON.");
        }
    }

    private static GraphQLRequestPayload Validate(GraphQLRequestPayload payload)
    {
        if (payload.DocumentId is { } id && !OperationDocumentId.IsValid(id))
        {
            throw new GraphQLRequestPayloadException($"The request parameter '{DocumentIdName}' is not a valid document id.");
        }

        if (string.IsNullOrEmpty(payload.Query) && payload.DocumentId is null)
        {
            // Automatic persisted queries: a hash without the text names the stored document.
            if (PersistedQueryHash(payload.Extensions) is { } hash && OperationDocumentId.IsValid(hash))
            {
                return payload with { DocumentId = hash };
            }

            throw new GraphQLRequestPayloadException($"The request has no '{QueryName}' (nor a '{DocumentIdName}').");
        }

        return payload;
    }

    private static string? PersistedQueryHash(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null
        && extensions.TryGetValue("persistedQuery", out var persisted)
        && persisted is IReadOnlyDictionary<string, object?> entry
        && entry.TryGetValue("sha256Hash", out var hash)
            ? hash as string
            : null;
}
