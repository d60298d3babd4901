using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Meridian.AspNetCore.Streaming;
using Meridian.Errors;
using Meridian.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Meridian.AspNetCore.Sse;

/// <summary>
/// Serves GraphQL over server-sent events in graphql-sse's distinct connections mode: one request (POST with a
/// JSON body, or GET with URL parameters for queries and subscriptions) per operation, its results streamed as
/// events until the operation completes or the client disconnects, which cancels it.
/// </summary>
public sealed class GraphQLSseHandler(IOptions<GraphQLSseOptions> options, ILogger<GraphQLSseHandler> logger)
{
    public const string EventStreamMediaType = "text/event-stream";

    /// <summary>Whether the request accepts an event stream (the endpoint's test for handing it here).</summary>
    public static bool AcceptsEventStream(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var accept in request.GetTypedHeaders().Accept)
        {
            if (accept.MediaType.Equals(EventStreamMediaType, StringComparison.OrdinalIgnoreCase) && accept.Quality is not 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs the operation of the request against the executor named <paramref name="schemaName"/>.</summary>
    public async Task HandleAsync(HttpContext context, string? schemaName = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        var aborted = context.RequestAborted;
        GraphQLRequestPayload payload;
        AllowedOperations allowed;
        try
        {
            (payload, allowed) = await ReadRequestAsync(context.Request, settings, aborted);
        }
        catch (RefusedRequestException refused)
        {
            await WriteRefusalAsync(context.Response, refused, aborted);
            return;
        }

        var executor = await context.RequestServices.GetRequestExecutorAsync(schemaName, aborted);
        var request = payload.ToRequestBuilder()
            .SetServices(context.RequestServices)
            .SetUser(context.User)
            .SetAllowedOperations(allowed)
            .Build();

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = EventStreamMediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(aborted);

        // Send the headers now: the client learns that the stream is open before the first event.
        await response.BodyWriter.FlushAsync(aborted);

        using var writer = new SseEventWriter(response.BodyWriter, settings.SlowConsumerTimeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var keepAlive = settings.KeepAliveInterval is { } interval ? KeepAliveAsync(writer, interval, stop) : Task.CompletedTask;
        try
        {
            await OperationStreamer.RunAsync(executor, request, new SseResultSink(writer), stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested || writer.TimedOut)
        {
            // The client went away (or stopped reading): the operation was cancelled and its stream disposed.
        }
        finally
        {
            await stop.CancelAsync();
            await keepAlive;
            if (writer.TimedOut)
            {
                logger.LogWarning("Aborted a GraphQL event stream whose client stopped reading for {Timeout}.", settings.SlowConsumerTimeout);
                context.Abort();
            }
        }
    }

    private static async Task<(GraphQLRequestPayload Payload, AllowedOperations Allowed)> ReadRequestAsync(
        HttpRequest request,
        GraphQLSseOptions settings,
        CancellationToken cancellationToken)
    {
        try
        {
            if (HttpMethods.IsGet(request.Method))
            {
                // GET must not change state: mutations are refused by the engine (OPERATION_NOT_ALLOWED).
                return (GraphQLRequestPayloadReader.Read(request.Query), AllowedOperations.Query | AllowedOperations.Subscription);
            }

            if (!HttpMethods.IsPost(request.Method))
            {
                throw new RefusedRequestException(StatusCodes.Status405MethodNotAllowed, RequestErrorCodes.MethodNotAllowed, "GraphQL event streams are requested with GET or POST.");
            }

            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
                || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                throw new RefusedRequestException(StatusCodes.Status415UnsupportedMediaType, RequestErrorCodes.UnsupportedMediaType, "The request body must be application/json.");
            }

            var body = await ReadBodyAsync(request.BodyReader, settings.MaxRequestBodySize, cancellationToken);
            return (GraphQLRequestPayloadReader.Read(body), AllowedOperations.All);
        }
        catch (GraphQLRequestPayloadException exception)
        {
            throw new RefusedRequestException(StatusCodes.Status400BadRequest, RequestErrorCodes.InvalidRequest, exception.Message);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(PipeReader reader, long limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                throw new RefusedRequestException(StatusCodes.Status413PayloadTooLarge, RequestErrorCodes.RequestTooLarge, $"The request body is larger than {limit} bytes.");
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static async Task WriteRefusalAsync(HttpResponse response, RefusedRequestException refused, CancellationToken cancellationToken)
    {
        response.StatusCode = refused.StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        if (refused.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers.Allow = "GET, POST";
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, JsonResultFormatter.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            JsonResultFormatter.WriteError(writer, new Error(refused.Message, refused.Code));
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken);
    }

    private static async Task KeepAliveAsync(SseEventWriter writer, TimeSpan interval, CancellationTokenSource stop)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                await writer.WriteKeepAliveAsync(stop.Token);
            }
        }
        catch (OperationCanceledException) when (writer.TimedOut)
        {
            // The client stopped reading: end the operation too.
            await stop.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }

    private sealed class RefusedRequestException(int statusCode, string code, string message) : Exception(message)
    {
        public int StatusCode { get; } = statusCode;

        public string Code { get; } = code;
    }
}
