using Meridian.AspNetCore.Http;
using Meridian.AspNetCore.Streaming;
using Meridian.Errors;
using Meridian.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Meridian.AspNetCore.Sse;

/// <summary>
/// Serves GraphQL over server-sent events in graphql-sse's distinct connections mode: one request per operation
/// (POST with a JSON body, or GET with URL parameters, which <c>EventSource</c> uses, for queries and subscriptions),
/// read as GraphQL over HTTP reads it, its results streamed as events until the operation completes or the client
/// disconnects, which cancels it. Malformed requests get the HTTP handler's status codes and errors; GraphQL
/// errors (syntax, validation) come as events on the accepted stream.
/// </summary>
public sealed class GraphQLSseHandler(IOptions<GraphQLSseOptions> options, ILogger<GraphQLSseHandler> logger) : IGraphQLEventStreamHandler
{
    public async Task HandleAsync(HttpContext context, GraphQLEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(endpoint);
        var aborted = context.RequestAborted;
        OperationRequest request;
        IRequestExecutor executor;
        try
        {
            var (operation, allowed) = await ReadRequestAsync(context.Request, endpoint.Options, aborted);
            executor = await endpoint.GetExecutorAsync(aborted);
            request = await endpoint.CreateOperationRequestAsync(context, executor, operation, operation.Variables, allowed, aborted);
        }
        catch (GraphQLRequestException exception)
        {
            if (exception.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = endpoint.Options.EnableGetRequests ? "GET, POST" : "POST";
            }

            GraphQLResponseWriter.WriteError(context.Response, exception.Error, ResponseMediaType.Json, exception.StatusCode);
            return;
        }

        await StreamAsync(context, executor, request);
    }

    private static async Task<(GraphQLRequest Request, AllowedOperations Allowed)> ReadRequestAsync(
        HttpRequest request,
        GraphQLServerOptions options,
        CancellationToken cancellationToken)
    {
        GraphQLRequestBatch batch;
        AllowedOperations allowed;
        if (HttpMethods.IsGet(request.Method) && options.EnableGetRequests)
        {
            // GET must not change state; it carries subscriptions, though: EventSource can only GET.
            batch = GraphQLHttpRequestReader.ReadGet(request.Query, options);
            allowed = options.AllowedGetOperations | AllowedOperations.Subscription;
        }
        else if (HttpMethods.IsPost(request.Method))
        {
            batch = await GraphQLHttpRequestReader.ReadPostAsync(request, options, cancellationToken);
            allowed = AllowedOperations.All;
        }
        else
        {
            throw new GraphQLRequestException(
                StatusCodes.Status405MethodNotAllowed,
                ServerErrorCodes.MethodNotAllowed,
                $"The HTTP method {request.Method} is not supported by the GraphQL endpoint.");
        }

        if (batch.HasManyResults)
        {
            throw new GraphQLRequestException(
                StatusCodes.Status400BadRequest,
                ServerErrorCodes.BatchingNotAllowed,
                "An event stream carries one operation; send batches as JSON requests.");
        }

        return (batch.First, allowed);
    }

    private async Task StreamAsync(HttpContext context, IRequestExecutor executor, OperationRequest request)
    {
        var settings = options.Value;
        var aborted = context.RequestAborted;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.EventStream + "; charset=utf-8";
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
}
