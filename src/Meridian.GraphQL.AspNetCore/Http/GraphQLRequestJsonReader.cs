using System.Buffers;
using System.Text.Json;
using Meridian.Execution;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Http;

/// <summary>
/// Reads GraphQL-over-HTTP request bodies (a JSON object, or an array of them when request batching is on) into
/// <see cref="GraphQLRequest"/>s, straight from the body's buffers. Variables and extensions become external values
/// through <see cref="JsonValueReader"/>. Wrong shapes are <see cref="GraphQLRequestException"/>s with status 400.
/// </summary>
public static class GraphQLRequestJsonReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    public static GraphQLRequestBatch Read(ReadOnlySequence<byte> body, GraphQLServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            if (!reader.Read())
            {
                throw InvalidJson("The request body is empty.");
            }

            GraphQLRequestBatch batch;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    batch = new GraphQLRequestBatch(ReadRequest(ref reader, options));
                    break;
                case JsonTokenType.StartArray:
                    batch = ReadBatch(ref reader, options);
                    break;
                default:
                    throw InvalidParameter("The request body must be a JSON object (or an array of them for a batch).");
            }

            if (reader.Read())
            {
                throw InvalidJson("The request body has data after its JSON value.");
            }

            GraphQLRequestValidation.EnsureBatchSize(batch, options);
            return batch;
        }
        catch (JsonException exception)
        {
            throw InvalidJson($"The request body is not valid JSON: {exception.Message}", exception);
        }
        catch (InvalidOperationException exception)
        {
            // Utf8JsonReader finds invalid UTF-8 inside a string only when it transcodes it.
            throw InvalidJson("The request body is not valid UTF-8.", exception);
        }
    }

    private static GraphQLRequestBatch ReadBatch(ref Utf8JsonReader reader, GraphQLServerOptions options)
    {
        if (!options.EnableRequestBatching)
        {
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, ServerErrorCodes.BatchingNotAllowed, "Request batching is not enabled on this endpoint.");
        }

        var requests = new List<GraphQLRequest>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw InvalidParameter("Each request of a batch must be a JSON object.");
            }

            requests.Add(ReadRequest(ref reader, options));
            if (requests.Count > options.MaxBatchSize)
            {
                throw GraphQLRequestValidation.BatchTooLarge(options);
            }
        }

        if (requests.Count == 0)
        {
            throw InvalidParameter("The request batch is empty.");
        }

        return new GraphQLRequestBatch(requests, isBatch: true);
    }

    private static GraphQLRequest ReadRequest(ref Utf8JsonReader reader, GraphQLServerOptions options)
    {
        string? query = null;
        string? operationName = null;
        string? documentId = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyList<IReadOnlyDictionary<string, object?>?>? variableBatch = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                reader.Read();
                query = ReadString(ref reader, "query");
            }
            else if (reader.ValueTextEquals("operationName"u8))
            {
                reader.Read();
                operationName = ReadString(ref reader, "operationName");
            }
            else if (reader.ValueTextEquals("variables"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray && options.EnableVariableBatching)
                {
                    variableBatch = ReadVariableBatch(ref reader);
                    variables = null;
                }
                else
                {
                    variables = ReadObject(ref reader, "variables");
                    variableBatch = null;
                }
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                extensions = ReadObject(ref reader, "extensions");
            }
            else if (reader.ValueTextEquals("id"u8) || reader.ValueTextEquals("documentId"u8))
            {
                reader.Read();
                documentId = ReadString(ref reader, "id");
            }
            else
            {
                // Unknown members are reserved by the spec and must be ignored.
                reader.Read();
                reader.Skip();
            }
        }

        return GraphQLRequestValidation.EnsureDocument(new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            DocumentId = documentId,
            Variables = variables,
            VariableBatch = variableBatch,
            Extensions = extensions,
        });
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw InvalidParameter($"The '{name}' parameter must be a string."),
    };

    private static IReadOnlyDictionary<string, object?>? ReadObject(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.StartObject => (IReadOnlyDictionary<string, object?>?)JsonValueReader.Read(ref reader),
        JsonTokenType.Null => null,
        _ => throw InvalidParameter($"The '{name}' parameter must be a JSON object."),
    };

    private static IReadOnlyList<IReadOnlyDictionary<string, object?>?> ReadVariableBatch(ref Utf8JsonReader reader)
    {
        var sets = new List<IReadOnlyDictionary<string, object?>?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            sets.Add(ReadObject(ref reader, "variables"));
        }

        if (sets.Count == 0)
        {
            throw InvalidParameter("The variable batch is empty.");
        }

        return sets;
    }

    private static GraphQLRequestException InvalidJson(string message, Exception? inner = null) =>
        new(StatusCodes.Status400BadRequest, ServerErrorCodes.RequestJsonInvalid, message, inner);

    internal static GraphQLRequestException InvalidParameter(string message) =>
        new(StatusCodes.Status400BadRequest, ServerErrorCodes.RequestParameterInvalid, message);
}
