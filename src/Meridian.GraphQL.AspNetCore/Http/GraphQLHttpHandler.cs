using Meridian.Execution;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP (POST and GET, single requests and batches): negotiates the response media type, reads the
/// request, runs it and writes the result straight into the response body.
/// </summary>
internal static class GraphQLHttpHandler
{
    public static async Task HandleAsync(HttpContext context, GraphQLEndpoint endpoint, ResponseMediaType mediaType)
    {
        var request = context.Request;
        var response = context.Response;
        var options = endpoint.Options;
        var cancellationToken = context.RequestAborted;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet && options.EnableGetRequests) && !HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = options.EnableGetRequests ? "GET, POST" : "POST";
            GraphQLResponseWriter.WriteError(
                response,
                new Errors.Error($"The HTTP method {request.Method} is not supported by the GraphQL endpoint.", ServerErrorCodes.MethodNotAllowed),
                ResponseMediaType.Json,
                StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (mediaType == ResponseMediaType.None)
        {
            GraphQLResponseWriter.WriteError(
                response,
                new Errors.Error(
                    $"The Accept header allows none of the response media types '{MediaTypes.GraphQLResponse}' and '{MediaTypes.Json}'.",
                    ServerErrorCodes.NotAcceptable),
                ResponseMediaType.Json,
                StatusCodes.Status406NotAcceptable);
            return;
        }

        GraphQLRequestBatch batch;
        try
        {
            batch = isGet
                ? GraphQLHttpRequestReader.ReadGet(request.Query, options)
                : await GraphQLHttpRequestReader.ReadPostAsync(request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphQLRequestException exception)
        {
            GraphQLResponseWriter.WriteError(response, exception.Error, mediaType, exception.StatusCode);
            return;
        }

        // Subscriptions need a streaming transport (WebSocket or server-sent events); plain HTTP refuses them.
        var allowed = (isGet ? options.AllowedGetOperations : AllowedOperations.All) & ~AllowedOperations.Subscription;
        var executor = await endpoint.GetExecutorAsync(cancellationToken).ConfigureAwait(false);
        if (!batch.HasManyResults)
        {
            await ExecuteSingleAsync(context, endpoint, executor, batch.First, mediaType, allowed, isGet).ConfigureAwait(false);
        }
        else
        {
            await ExecuteBatchAsync(context, endpoint, executor, batch, mediaType, allowed).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteSingleAsync(
        HttpContext context,
        GraphQLEndpoint endpoint,
        IRequestExecutor executor,
        GraphQLRequest request,
        ResponseMediaType mediaType,
        AllowedOperations allowed,
        bool isGet)
    {
        var cancellationToken = context.RequestAborted;
        OperationResult result;
        try
        {
            result = await ExecuteAsync(context, endpoint, executor, request, request.Variables, allowed).ConfigureAwait(false);
        }
        catch (GraphQLRequestException exception)
        {
            GraphQLResponseWriter.WriteError(context.Response, exception.Error, mediaType, exception.StatusCode);
            return;
        }

        using (result)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            var statusCode = GraphQLStatusCodes.For(result, mediaType, isGet);
            if (statusCode == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = "POST";
            }

            GraphQLResponseWriter.Write(context.Response, result, mediaType, statusCode);
        }
    }

    private static async Task ExecuteBatchAsync(
        HttpContext context,
        GraphQLEndpoint endpoint,
        IRequestExecutor executor,
        GraphQLRequestBatch batch,
        ResponseMediaType mediaType,
        AllowedOperations allowed)
    {
        var results = new List<OperationResult>();
        try
        {
            // In order, one after another: later operations of a batch may rely on earlier mutations.
            foreach (var request in batch.Requests)
            {
                if (request.VariableBatch is { } variableSets)
                {
                    foreach (var variables in variableSets)
                    {
                        results.Add(await RunAsync(request, variables).ConfigureAwait(false));
                    }
                }
                else
                {
                    results.Add(await RunAsync(request, request.Variables).ConfigureAwait(false));
                }
            }

            if (!context.RequestAborted.IsCancellationRequested)
            {
                GraphQLResponseWriter.WriteBatch(context.Response, results, mediaType);
            }
        }
        finally
        {
            foreach (var result in results)
            {
                result.Dispose();
            }
        }

        // In a batch, a request that cannot be built fails alone, as its own result.
        async ValueTask<OperationResult> RunAsync(GraphQLRequest request, IReadOnlyDictionary<string, object?>? variables)
        {
            try
            {
                return await ExecuteAsync(context, endpoint, executor, request, variables, allowed).ConfigureAwait(false);
            }
            catch (GraphQLRequestException exception)
            {
                return OperationResult.FromRequestErrors([exception.Error]);
            }
        }
    }

    private static async ValueTask<OperationResult> ExecuteAsync(
        HttpContext context,
        GraphQLEndpoint endpoint,
        IRequestExecutor executor,
        GraphQLRequest request,
        IReadOnlyDictionary<string, object?>? variables,
        AllowedOperations allowed)
    {
        var operation = await endpoint.CreateOperationRequestAsync(context, executor, request, variables, allowed, context.RequestAborted).ConfigureAwait(false);
        var result = await executor.ExecuteAsync(operation, context.RequestAborted).ConfigureAwait(false);
        if (result is OperationResult single)
        {
            return single;
        }

        // A custom pipeline may still start a stream; plain HTTP cannot deliver it.
        await result.DisposeAsync().ConfigureAwait(false);
        return OperationResult.FromRequestErrors([new Errors.Error(
            "Subscriptions are delivered over WebSocket or server-sent events, not plain HTTP.",
            ServerErrorCodes.StreamingNotSupported)]);
    }
}
