using Meridian.AspNetCore.Sse;
using Meridian.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.AspNetCore;

/// <summary>
/// An endpoint serving only the streaming transports, for applications (and tests) without the HTTP endpoint;
/// <c>MapGraphQL</c> dispatches to the same handlers.
/// </summary>
public static class RealtimeEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <paramref name="pattern"/> to GraphQL over WebSocket (upgrade requests) and server-sent events (requests
    /// accepting <c>text/event-stream</c>); other requests get 406. Needs <c>UseWebSockets()</c> for WebSockets.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLSubscriptions(this IEndpointRouteBuilder endpoints, string pattern, string? schemaName = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], context => DispatchAsync(context, schemaName));
    }

    /// <summary>Hands a request to the WebSocket or SSE handler, if it is for one of them.</summary>
    /// <returns>False when the request is neither (the caller serves it another way).</returns>
    public static async Task<bool> TryHandleStreamingRequestAsync(HttpContext context, string? schemaName = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.WebSockets.IsWebSocketRequest)
        {
            await context.RequestServices.GetRequiredService<GraphQLWebSocketHandler>().HandleAsync(context, schemaName);
            return true;
        }

        if (GraphQLSseHandler.AcceptsEventStream(context.Request))
        {
            await context.RequestServices.GetRequiredService<GraphQLSseHandler>().HandleAsync(context, schemaName);
            return true;
        }

        return false;
    }

    private static async Task DispatchAsync(HttpContext context, string? schemaName)
    {
        if (!await TryHandleStreamingRequestAsync(context, schemaName))
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
        }
    }
}
