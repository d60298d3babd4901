using System.Net.WebSockets;
using Meridian.GraphQL.AspNetCore.Tests.Hosting;

namespace Meridian.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>graphql-transport-ws: the connection's life and the close codes of PROTOCOL.md.</summary>
public sealed class TransportWsConnectionTests(ChatServerFixture fixture) : IClassFixture<ChatServerFixture>
{
    private RealtimeTestServer Server => fixture.Server;

    [Fact]
    public async Task Connection_init_is_acknowledged()
    {
        await using var client = await SocketTestClient.ConnectAsync(Server.WebSocketUri, "graphql-transport-ws");

        await client.SendTextAsync("""{"type":"connection_init","payload":{"client":"tests"}}""");

        var ack = await client.ReceiveAsync();
        Assert.Equal("""{"type":"connection_ack"}""", ack.Message!.Value.GetRawText());
    }

    [Fact]
    public async Task A_client_that_does_not_initialise_in_time_is_closed_with_4408()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.Sockets = s => s.ConnectionInitTimeout = TimeSpan.FromMilliseconds(300));
        await using var client = await SocketTestClient.ConnectAsync(server.WebSocketUri, "graphql-transport-ws");

        var (status, description, before) = await client.ReceiveCloseAsync();

        Assert.Empty(before);
        Assert.Equal(4408, (int?)status);
        Assert.Equal("Connection initialisation timeout", description);
        await server.WaitForNoConnectionsAsync();
    }

    [Fact]
    public async Task Subscribing_before_the_acknowledgement_closes_with_4401()
    {
        await using var client = await SocketTestClient.ConnectAsync(Server.WebSocketUri, "graphql-transport-ws");

        await client.SubscribeAsync("1", "{ hello }");

        var (status, description, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4401, (int?)status);
        Assert.Equal("Unauthorized", description);
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        await client.SendAsync(new { type = "connection_init" });

        var (status, description, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4429, (int?)status);
        Assert.Equal("Too many initialisation requests", description);
    }

    [Theory]
    [InlineData("not json", "Messages must be JSON objects.")]
    [InlineData("[1,2]", "Messages must be JSON objects.")]
    [InlineData("""{"id":"1"}""", "The message has no 'type'.")]
    [InlineData("""{"type":42}""", "The message's 'type' must be a string.")]
    [InlineData("""{"type":"start","id":"1","payload":{"query":"{ hello }"}}""", "Unknown message type 'start'.")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "A 'subscribe' message needs an 'id'.")]
    [InlineData("""{"type":"subscribe","id":"1"}""", "A 'subscribe' message needs a payload object.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":7}}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"variables":{}}}""", "The request has no document: send it in the 'query' parameter.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[]}}""", "The 'variables' parameter must be a JSON object.")]
    [InlineData("""{"type":"complete"}""", "A 'complete' message needs an 'id'.")]
    public async Task An_invalid_message_closes_with_4400_and_says_why(string message, string reason)
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        await client.SendTextAsync(message);

        var (status, description, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, (int?)status);
        Assert.Equal(reason, description);
    }

    [Fact]
    public async Task An_invalid_connection_init_payload_closes_with_4400()
    {
        await using var client = await SocketTestClient.ConnectAsync(Server.WebSocketUri, "graphql-transport-ws");

        await client.SendTextAsync("""{"type":"connection_init","payload":"token"}""");

        var (status, description, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, (int?)status);
        Assert.Equal("The connection_init payload must be a JSON object.", description);
    }

    [Fact]
    public async Task A_message_larger_than_the_limit_closes_with_1009()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.Sockets = s => s.MaxIncomingMessageSize = 4096);
        await using var client = await SocketTestClient.ConnectAndInitAsync(server.WebSocketUri);

        await client.SubscribeAsync("1", "{ hello }", new { padding = new string('x', 10_000) });

        var (status, _, _) = await client.ReceiveCloseAsync();
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, status);
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_even_before_the_acknowledgement()
    {
        await using var client = await SocketTestClient.ConnectAsync(Server.WebSocketUri, "graphql-transport-ws");

        await client.SendTextAsync("""{"type":"ping","payload":{"at":1}}""");
        Assert.Equal("pong", (await client.ReceiveAsync()).Type);

        await client.InitAsync();
        await client.SendTextAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task An_unsolicited_pong_is_ignored()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        await client.SendTextAsync("""{"type":"pong"}""");
        await client.SubscribeAsync("q", "{ hello }");

        Assert.Equal("next", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task The_server_pings_an_acknowledged_connection_when_keep_alive_is_on()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.Sockets = s => s.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        await using var client = await SocketTestClient.ConnectAndInitAsync(server.WebSocketUri);

        var first = await client.ReceiveAsync();
        var second = await client.ReceiveAsync();

        Assert.Equal("""{"type":"ping"}""", first.Message!.Value.GetRawText());
        Assert.Equal("ping", second.Type);
    }

    [Fact]
    public async Task A_client_close_ends_the_connection_on_the_server()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        var client = await SocketTestClient.ConnectAndInitAsync(server.WebSocketUri);
        Assert.Equal(1, server.SocketStatistics.ActiveConnections);

        using (var deadline = new CancellationTokenSource(SocketTestClient.Timeout))
        {
            await client.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", deadline.Token);
        }

        Assert.Equal(WebSocketState.Closed, client.Socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.Socket.CloseStatus);
        await server.WaitForNoConnectionsAsync();
        await client.DisposeAsync();
    }
}
