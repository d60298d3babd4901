using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Meridian.SubscriptionLoad;

/// <summary>
/// A WebSocket endpoint that only acknowledges and waits: the baseline of what a connection costs without GraphQL,
/// so that the GraphQL session's own cost can be told apart from Kestrel's and the client's.
/// </summary>
internal static class BareSocketEndpoint
{
    public const string Path = "/bare";

    private static readonly byte[] Ack = "{\"type\":\"connection_ack\"}"u8.ToArray();

    public static void Map(WebApplication app) => app.Map(Path, async context =>
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
        var buffer = new byte[1024];
        try
        {
            await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
            await socket.SendAsync(Ack, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            while ((await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None)).MessageType != WebSocketMessageType.Close)
            {
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
    });
}
