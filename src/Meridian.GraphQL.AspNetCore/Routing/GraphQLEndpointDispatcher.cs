using Meridian.AspNetCore.Http;
using Meridian.AspNetCore.Tool;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.AspNetCore;

/// <summary>
/// The one request delegate behind a GraphQL endpoint. At the endpoint's path: WebSocket upgrades go to the
/// <see cref="IGraphQLWebSocketHandler"/>, requests that prefer <c>text/event-stream</c> to the
/// <see cref="IGraphQLEventStreamHandler"/>, <c>GET ?sdl</c> to the schema download, browsers (GET preferring
/// <c>text/html</c>) to Banana Cake Pop, and everything else to GraphQL over HTTP. Below it: <c>schema.graphql</c>
/// and the IDE's files.
/// </summary>
internal sealed class GraphQLEndpointDispatcher(GraphQLEndpoint endpoint)
{
    private IGraphQLWebSocketHandler? _webSockets;
    private IGraphQLEventStreamHandler? _eventStreams;
    private bool _transportsResolved;

    public Task InvokeAsync(HttpContext context)
    {
        ResolveTransports();
        if (context.WebSockets.IsWebSocketRequest)
        {
            return _webSockets is null
                ? WriteErrorAsync(context, StatusCodes.Status400BadRequest, ServerErrorCodes.WebSocketsNotSupported, "This GraphQL endpoint has no WebSocket transport.")
                : _webSockets.HandleAsync(context, endpoint);
        }

        var remainder = PathBelowEndpoint(context.Request.Path);
        return string.IsNullOrEmpty(remainder) ? DispatchAtEndpointAsync(context) : DispatchBelowEndpointAsync(context, remainder);
    }

    // What the request path holds below the endpoint's path, without the leading slash: empty for the path itself.
    private string? PathBelowEndpoint(PathString path)
    {
        if (endpoint.Path == "/")
        {
            return path.Value?.TrimStart('/');
        }

        return path.StartsWithSegments(endpoint.Path, StringComparison.OrdinalIgnoreCase, out var below) ? below.Value?.TrimStart('/') : null;
    }

    private Task DispatchAtEndpointAsync(HttpContext context)
    {
        var request = context.Request;
        var options = endpoint.Options;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && options.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
        {
            return SchemaRequestHandler.HandleAsync(context, endpoint);
        }

        var accept = AcceptPreferences.Read(request.Headers.Accept);
        if (_eventStreams is not null && accept.PrefersEventStream)
        {
            return _eventStreams.HandleAsync(context, endpoint);
        }

        if (isGet && options.Tool.Enable && accept.PrefersHtml)
        {
            return BananaCakePopHandler.ServePageAsync(context, endpoint);
        }

        return GraphQLHttpHandler.HandleAsync(context, endpoint, accept.ResponseMediaType);
    }

    private async Task DispatchBelowEndpointAsync(HttpContext context, string remainder)
    {
        var options = endpoint.Options;
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            if (remainder == "schema.graphql" && options.EnableSchemaRequests)
            {
                await SchemaRequestHandler.HandleAsync(context, endpoint).ConfigureAwait(false);
                return;
            }

            if (options.Tool.Enable && await BananaCakePopHandler.TryServeAsync(context, endpoint, remainder).ConfigureAwait(false))
            {
                return;
            }
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private void ResolveTransports()
    {
        if (Volatile.Read(ref _transportsResolved))
        {
            return;
        }

        _webSockets = endpoint.Services.GetService<IGraphQLWebSocketHandler>();
        _eventStreams = endpoint.Services.GetService<IGraphQLEventStreamHandler>();
        Volatile.Write(ref _transportsResolved, true);
    }

    private static Task WriteErrorAsync(HttpContext context, int statusCode, string code, string message)
    {
        GraphQLResponseWriter.WriteError(context.Response, new Errors.Error(message, code), ResponseMediaType.Json, statusCode);
        return Task.CompletedTask;
    }
}
