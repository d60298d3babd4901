using System.Net.WebSockets;
using Meridian.GraphQL.AspNetCore.Tests.Hosting;

namespace Meridian.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The legacy graphql-ws subprotocol of subscriptions-transport-ws.</summary>
public sealed class LegacyGraphQLWsTests(ChatServerFixture fixture) : IClassFixture<ChatServerFixture>
{
    private const string Protocol = "graphql-ws";

    private RealtimeTestServer Server => fixture.Server;

    [Fact]
    public async Task Start_data_complete_for_a_query()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri, Protocol);

        await client.SubscribeAsync("1", "{ hello }", type: "start");

        Assert.Equal("""{"id":"1","type":"data","payload":{"data":{"hello":"world"}}}""", (await client.ReceiveAsync()).Message!.Value.GetRawText());
        Assert.Equal("""{"id":"1","type":"complete"}""", (await client.ReceiveAsync()).Message!.Value.GetRawText());
    }

    [Fact]
    public async Task A_subscription_delivers_data_until_stopped()
    {
        var room = ChatServerFixture.NewRoom();
        var topic = ChatSchema.Topic(room);
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri, Protocol);
        await client.SubscribeToRoomAsync(Server, "s", room, type: "start");

        await Server.Sender.SendAsync(topic, new ChatMessage(room, "hello"));
        var data = await client.ReceiveAsync();
        Assert.Equal("data", data.Type);
        Assert.Equal("hello", data.Payload.GetProperty("data").GetProperty("messageAdded").GetProperty("text").GetString());

        await client.SendAsync(new { id = "s", type = "stop" });

        await Server.WaitForSubscribersAsync(topic, 0);
    }

    [Fact]
    public async Task The_server_completes_a_finite_subscription()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri, Protocol);

        await client.SubscribeAsync("c", "subscription { countdown(from: 2) }", type: "start");

        Assert.Equal(2, (await client.ReceiveAsync()).Payload.GetProperty("data").GetProperty("countdown").GetInt32());
        Assert.Equal(1, (await client.ReceiveAsync()).Payload.GetProperty("data").GetProperty("countdown").GetInt32());
        Assert.Equal("complete", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task A_request_error_is_an_error_message_with_the_first_error()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri, Protocol);

        await client.SubscribeAsync("e", "{ nope }", type: "start");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.Type);
        Assert.Equal("e", error.Id);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", error.Payload.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Keep_alives_follow_the_acknowledgement_and_repeat()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.Sockets = s => s.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        await using var client = await SocketTestClient.ConnectAsync(server.WebSocketUri, Protocol);

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Type);
        Assert.Equal("""{"type":"ka"}""", (await client.ReceiveAsync()).Message!.Value.GetRawText());
        Assert.Equal("ka", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task Starting_a_running_id_again_replaces_the_operation()
    {
        var room = ChatServerFixture.NewRoom();
        var topic = ChatSchema.Topic(room);
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri, Protocol);
        await client.SubscribeToRoomAsync(Server, "s", room, type: "start");

        await client.SubscribeAsync("s", "{ hello }", type: "start");

        Assert.Equal("world", (await client.ReceiveMessageAsync()).Payload.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", (await client.ReceiveMessageAsync()).Type);
        await Server.WaitForSubscribersAsync(topic, 0);
    }

    [Fact]
    public async Task Connection_terminate_closes_normally()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri, Protocol);

        await client.SendAsync(new { type = "connection_terminate" });

        var (status, _, _) = await client.ReceiveCloseAsync();
        Assert.Equal(WebSocketCloseStatus.NormalClosure, status);
    }

    [Fact]
    public async Task Start_before_init_closes_with_4401_and_an_unknown_type_with_4400()
    {
        await using (var early = await SocketTestClient.ConnectAsync(Server.WebSocketUri, Protocol))
        {
            await early.SubscribeAsync("1", "{ hello }", type: "start");
            Assert.Equal(4401, (int?)(await early.ReceiveCloseAsync()).Status);
        }

        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri, Protocol);
        await client.SubscribeAsync("1", "{ hello }", type: "subscribe");
        var (status, description, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, (int?)status);
        Assert.Equal("Unknown message type 'subscribe'.", description);
    }
}
