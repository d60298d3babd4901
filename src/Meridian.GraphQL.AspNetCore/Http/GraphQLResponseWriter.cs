using System.Text.Json;
using Meridian.Errors;
using Meridian.Execution;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Http;

/// <summary>
/// Writes GraphQL responses into the HTTP response body's pipe with <see cref="JsonResultFormatter"/>: no
/// intermediate copy of the JSON. The caller disposes the results (their trees are pooled) after writing.
/// </summary>
public static class GraphQLResponseWriter
{
    public static async Task WriteAsync(HttpResponse response, OperationResult result, ResponseMediaType mediaType, int statusCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = statusCode;
        response.ContentType = mediaType.ToContentType();
        JsonResultFormatter.Write(result, response.BodyWriter);
        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a JSON array of results (batching), each in the array as its own response object.</summary>
    public static async Task WriteBatchAsync(HttpResponse response, IReadOnlyList<OperationResult> results, ResponseMediaType mediaType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(results);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType.ToContentType();
        using (var writer = new Utf8JsonWriter(response.BodyWriter, JsonResultFormatter.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                JsonResultFormatter.Write(result, writer);
            }

            writer.WriteEndArray();
        }

        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers a request that never reached the executor with one error and <paramref name="statusCode"/>.</summary>
    public static async Task WriteErrorAsync(HttpResponse response, IError error, ResponseMediaType mediaType, int statusCode, CancellationToken cancellationToken)
    {
        using var result = OperationResult.FromRequestErrors([error]);
        await WriteAsync(response, result, mediaType == ResponseMediaType.None ? ResponseMediaType.Json : mediaType, statusCode, cancellationToken).ConfigureAwait(false);
    }
}
