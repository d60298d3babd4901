using System.Buffers;
using System.Text.Json;
using Meridian.AspNetCore.Streaming;
using Meridian.Errors;
using Meridian.Execution;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Http;

/// <summary>
/// Writes GraphQL responses with <see cref="JsonResultFormatter"/>. The JSON is formatted into a pooled buffer first
/// so that the response carries a <c>Content-Length</c> and goes out in one write: written straight into the body's
/// pipe, Kestrel has to start a chunked response before the length is known and send its last chunk separately,
/// a second socket write per request that costs far more than copying the bytes once. The caller disposes the
/// results (their trees are pooled) after writing.
/// </summary>
public static class GraphQLResponseWriter
{
    // Most responses fit; larger ones grow the pooled buffer.
    private const int InitialBufferSize = 16 * 1024;

    public static Task WriteAsync(HttpResponse response, OperationResult result, ResponseMediaType mediaType, int statusCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new PooledBufferWriter(InitialBufferSize);
        JsonResultFormatter.Write(result, buffer);
        return SendAsync(response, buffer, mediaType, statusCode, cancellationToken);
    }

    /// <summary>Writes a JSON array of results (batching), each in the array as its own response object.</summary>
    public static Task WriteBatchAsync(HttpResponse response, IReadOnlyList<OperationResult> results, ResponseMediaType mediaType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(results);
        using var buffer = new PooledBufferWriter(InitialBufferSize);
        using (var writer = new Utf8JsonWriter(buffer, JsonResultFormatter.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                JsonResultFormatter.Write(result, writer);
            }

            writer.WriteEndArray();
        }

        return SendAsync(response, buffer, mediaType, StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>Answers a request that never reached the executor with one error and <paramref name="statusCode"/>.</summary>
    public static Task WriteErrorAsync(HttpResponse response, IError error, ResponseMediaType mediaType, int statusCode, CancellationToken cancellationToken)
    {
        using var result = OperationResult.FromRequestErrors([error]);
        return WriteAsync(response, result, mediaType == ResponseMediaType.None ? ResponseMediaType.Json : mediaType, statusCode, cancellationToken);
    }

    // Copies the formatted bytes into the body's pipe before its first await: the buffer can go back to its pool as
    // soon as this returns.
    private static async Task SendAsync(HttpResponse response, PooledBufferWriter buffer, ResponseMediaType mediaType, int statusCode, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = mediaType.ToContentType();
        var body = buffer.WrittenSpan;
        response.ContentLength = body.Length;
        var pipe = response.BodyWriter;
        pipe.Write(body);
        await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
