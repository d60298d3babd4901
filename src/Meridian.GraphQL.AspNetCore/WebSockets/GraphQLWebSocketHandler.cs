using System.Net.WebSockets;
using Meridian.AspNetCore.WebSockets.Protocols;
using Meridian.AspNetCore.WebSockets.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Meridian.AspNetCore.WebSockets;

/// <summary>
/// Serves GraphQL over WebSocket on an upgrade request: negotiates the subprotocol (graphql-transport-ws preferred,
/// the legacy graphql-ws otherwise; neither closes the socket with 4406) and runs the connection until it closes.
/// <c>MapGraphQL</c> hands the endpoint's WebSocket requests to it; the application needs <c>UseWebSockets()</c>.
/// </summary>
public sealed class GraphQLWebSocketHandler(
    IOptions<GraphQLSocketOptions> options,
    ISocketSessionInterceptor interceptor,
    SocketStatistics statistics,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketHandler> logger) : IGraphQLWebSocketHandler
{
    /// <summary>Runs the connection of a WebSocket upgrade request to <paramref name="endpoint"/>.</summary>
    public async Task HandleAsync(HttpContext context, GraphQLEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(endpoint);
        var protocol = SocketProtocols.Negotiate(context.WebSockets.WebSocketRequestedProtocols);
        if (protocol is null)
        {
            await RefuseAsync(context);
            return;
        }

        var executor = await endpoint.GetExecutorAsync(context.RequestAborted);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol.Name);
        var session = new WebSocketSession(
            socket,
            protocol,
            new SocketConnection(context, protocol.Name),
            endpoint,
            executor,
            interceptor,
            options.Value,
            statistics,
            logger);
        using (lifetime.ApplicationStopping.Register(
            static state => ((WebSocketSession)state!).BeginClose(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"),
            session))
        {
            await session.RunAsync();
        }
    }

    /// <summary>As the graphql-ws server does: accept, then close with 4406 so that the client learns why.</summary>
    private async Task RefuseAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var deadline = new CancellationTokenSource(options.Value.CloseHandshakeTimeout);
        try
        {
            await socket.CloseOutputAsync(SocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", deadline.Token);
            var buffer = new byte[256];
            while ((await socket.ReceiveAsync(buffer.AsMemory(), deadline.Token)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client did not answer the close in time, or went away.
        }
    }
}
