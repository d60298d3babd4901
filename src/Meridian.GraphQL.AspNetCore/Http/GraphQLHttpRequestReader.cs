using System.Text;
using System.Text.Json;
using Meridian.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Meridian.AspNetCore.Http;

/// <summary>
/// Turns an HTTP request into GraphQL requests: a POST body of <c>application/json</c> (UTF-8 only), read up to the
/// configured size and parsed from the body's own buffers, or the URL parameters of a GET. The server-sent events
/// transport reads its requests through the same methods.
/// </summary>
public static class GraphQLHttpRequestReader
{
    /// <summary>Reads a POST body; throws <see cref="GraphQLRequestException"/> (400, 413 or 415) when it is not a GraphQL request.</summary>
    public static async ValueTask<GraphQLRequestBatch> ReadPostAsync(HttpRequest request, GraphQLServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        EnsureJsonContentType(request.ContentType);
        if (request.ContentLength > options.MaxRequestSize)
        {
            throw TooLarge(options);
        }

        var body = request.BodyReader;
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > options.MaxRequestSize)
            {
                body.AdvanceTo(buffer.End);
                throw TooLarge(options);
            }

            if (read.IsCompleted)
            {
                try
                {
                    return GraphQLRequestJsonReader.Read(buffer, options);
                }
                finally
                {
                    body.AdvanceTo(buffer.End);
                }
            }

            // Nothing consumed, everything examined: the next read waits for more of the body.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads the URL parameters of a GET: <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>, <c>id</c>.</summary>
    public static GraphQLRequestBatch ReadGet(IQueryCollection query, GraphQLServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var request = GraphQLRequestValidation.EnsureDocument(new GraphQLRequest
        {
            Query = ReadParameter(query, "query"),
            OperationName = ReadParameter(query, "operationName"),
            DocumentId = ReadParameter(query, "id") ?? ReadParameter(query, "documentId"),
            Variables = ReadJsonParameter(query, "variables"),
            Extensions = ReadJsonParameter(query, "extensions"),
        });
        return new GraphQLRequestBatch(request);
    }

    /// <summary>
    /// Accepts <c>application/json</c> with no charset or UTF-8; anything else is 415. (Hot Chocolate reads
    /// <c>application/graphql</c> bodies neither; multipart uploads are not supported.)
    /// </summary>
    public static void EnsureJsonContentType(string? contentType)
    {
        // What nearly every client sends, checked without parsing.
        if (string.Equals(contentType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(contentType, MediaTypes.JsonUtf8, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQLRequestException(
                StatusCodes.Status415UnsupportedMediaType,
                ServerErrorCodes.UnsupportedMediaType,
                $"The request body must be sent as '{MediaTypes.Json}'.");
        }

        var charset = parsed.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQLRequestException(
                StatusCodes.Status415UnsupportedMediaType,
                ServerErrorCodes.UnsupportedMediaType,
                $"The request body must be UTF-8; '{charset}' is not supported.");
        }
    }

    private static string? ReadParameter(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw GraphQLRequestJsonReader.InvalidParameter($"The '{name}' parameter was given more than once.");
        }

        return values[0];
    }

    private static IReadOnlyDictionary<string, object?>? ReadJsonParameter(IQueryCollection query, string name)
    {
        var text = ReadParameter(query, name);
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonValueReader.ReadObject(Encoding.UTF8.GetBytes(text));
        }
        catch (JsonException)
        {
            throw GraphQLRequestJsonReader.InvalidParameter($"The '{name}' parameter must be a JSON object.");
        }
    }

    private static GraphQLRequestException TooLarge(GraphQLServerOptions options) => new(
        StatusCodes.Status413PayloadTooLarge,
        ServerErrorCodes.RequestTooLarge,
        $"The request body is larger than the maximum of {options.MaxRequestSize} bytes.");
}
