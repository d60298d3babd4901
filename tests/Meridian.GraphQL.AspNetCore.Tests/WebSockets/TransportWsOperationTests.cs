using Meridian.GraphQL.AspNetCore.Tests.Hosting;

namespace Meridian.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>graphql-transport-ws: operations over the socket, completed by either side.</summary>
public sealed class TransportWsOperationTests(ChatServerFixture fixture) : IClassFixture<ChatServerFixture>
{
    private RealtimeTestServer Server => fixture.Server;

    [Fact]
    public async Task A_query_gets_one_next_and_a_complete()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        await client.SubscribeAsync("q1", "{ hello }");

        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();
        Assert.Equal("""{"id":"q1","type":"next","payload":{"data":{"hello":"world"}}}""", next.Message!.Value.GetRawText());
        Assert.Equal("""{"id":"q1","type":"complete"}""", complete.Message!.Value.GetRawText());
    }

    [Fact]
    public async Task A_mutation_runs_over_the_socket_and_its_event_reaches_a_subscriber_on_another_socket()
    {
        var room = ChatServerFixture.NewRoom();
        await using var listener = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);
        await using var sender = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);
        await listener.SubscribeAsync("s", "subscription($room: String!) { messageAdded(room: $room) { room text } }", new { room });
        await Server.WaitForSubscribersAsync(ChatSchema.Topic(room));

        await sender.SubscribeAsync("m", "mutation($room: String!) { send(room: $room, text: \"hi\") { text } }", new { room });

        Assert.Equal("""{"id":"m","type":"next","payload":{"data":{"send":{"text":"hi"}}}}""", (await sender.ReceiveAsync()).Message!.Value.GetRawText());
        Assert.Equal("complete", (await sender.ReceiveAsync()).Type);
        var next = await listener.ReceiveAsync();
        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"messageAdded":{"room":""" + $"\"{room}\"" + ""","text":"hi"}}}}""", next.Message!.Value.GetRawText());
    }

    [Fact]
    public async Task A_subscription_delivers_each_event_until_the_client_completes_it()
    {
        var room = ChatServerFixture.NewRoom();
        var topic = ChatSchema.Topic(room);
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);
        await client.SubscribeToRoomAsync(Server, "s1", room);

        await Server.Sender.SendAsync(topic, new ChatMessage(room, "one"));
        await Server.Sender.SendAsync(topic, new ChatMessage(room, "two"));
        Assert.Equal("one", (await client.ReceiveAsync()).Payload.GetProperty("data").GetProperty("messageAdded").GetProperty("text").GetString());
        Assert.Equal("two", (await client.ReceiveAsync()).Payload.GetProperty("data").GetProperty("messageAdded").GetProperty("text").GetString());

        await client.SendAsync(new { id = "s1", type = "complete" });

        // Completing disposes the engine's response stream, which leaves the topic.
        await Server.WaitForSubscribersAsync(topic, 0);
        await Server.Sender.SendAsync(topic, new ChatMessage(room, "after"));
        await client.SubscribeAsync("q", "{ hello }");
        var afterComplete = await client.ReceiveAsync();
        Assert.Equal("q", afterComplete.Id);
    }

    [Fact]
    public async Task A_finite_subscription_is_completed_by_the_server()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        await client.SubscribeAsync("c", "subscription { countdown(from: 3) }");

        var messages = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            messages.Add((await client.ReceiveAsync()).Message!.Value.GetRawText());
        }

        Assert.Equal(
            [
                """{"id":"c","type":"next","payload":{"data":{"countdown":3}}}""",
                """{"id":"c","type":"next","payload":{"data":{"countdown":2}}}""",
                """{"id":"c","type":"next","payload":{"data":{"countdown":1}}}""",
                """{"id":"c","type":"complete"}""",
            ],
            messages);
    }

    [Fact]
    public async Task An_id_may_be_reused_once_its_operation_completed()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        for (var round = 0; round < 3; round++)
        {
            await client.SubscribeAsync("same", "{ hello }");
            Assert.Equal("next", (await client.ReceiveAsync()).Type);
            Assert.Equal("complete", (await client.ReceiveAsync()).Type);
        }
    }

    [Fact]
    public async Task A_second_subscriber_with_a_running_id_closes_with_4409()
    {
        var room = ChatServerFixture.NewRoom();
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);
        await client.SubscribeToRoomAsync(Server, "dup", room);

        await client.SubscribeAsync("dup", "{ hello }");

        var (status, description, before) = await client.ReceiveCloseAsync();
        Assert.Empty(before);
        Assert.Equal(4409, (int?)status);
        Assert.Equal("Subscriber for dup already exists", description);

        // Closing the connection ended the running subscription too.
        await Server.WaitForSubscribersAsync(ChatSchema.Topic(room), 0);
    }

    [Fact]
    public async Task Operations_beyond_the_per_connection_limit_get_an_error_and_the_connection_stays_open()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.Sockets = s => s.MaxOperationsPerConnection = 2);
        await using var client = await SocketTestClient.ConnectAndInitAsync(server.WebSocketUri);
        await client.SubscribeToRoomAsync(server, "a", ChatServerFixture.NewRoom());
        await client.SubscribeToRoomAsync(server, "b", ChatServerFixture.NewRoom());

        await client.SubscribeAsync("c", "{ hello }");

        var refused = await client.ReceiveAsync();
        Assert.Equal("error", refused.Type);
        Assert.Equal("c", refused.Id);
        var error = Assert.Single(refused.Payload.EnumerateArray());
        Assert.Equal("WEBSOCKET_TOO_MANY_OPERATIONS", error.GetProperty("extensions").GetProperty("code").GetString());

        // Completing one frees its place (the server handles one connection's messages in order).
        await client.SendTextAsync("""{"id":"a","type":"complete"}""");
        await client.SubscribeAsync("c", "{ hello }");
        var next = await client.ReceiveAsync();
        Assert.Equal("""{"id":"c","type":"next","payload":{"data":{"hello":"world"}}}""", next.Message!.Value.GetRawText());
    }

    [Fact]
    public async Task A_request_error_is_an_error_message_with_codes_and_no_complete()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        await client.SubscribeAsync("bad", "{ nope }");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.Type);
        Assert.Equal("bad", error.Id);
        var first = Assert.Single(error.Payload.EnumerateArray());
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", first.GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("extensions").GetProperty("code").GetString()));

        // The next message belongs to the following operation: no complete was sent for the failed one.
        await client.SubscribeAsync("after", "{ hello }");
        Assert.Equal("after", (await client.ReceiveAsync()).Id);
    }

    [Fact]
    public async Task A_syntax_error_is_an_error_message()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        await client.SubscribeAsync("syntax", "{ hello ");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.Type);
        Assert.Equal("SYNTAX_ERROR", error.Payload[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Several_operations_run_side_by_side_on_one_socket()
    {
        var rooms = new[] { ChatServerFixture.NewRoom(), ChatServerFixture.NewRoom() };
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);
        foreach (var room in rooms)
        {
            await client.SubscribeToRoomAsync(Server, room, room);
        }

        await Server.Sender.SendAsync(ChatSchema.Topic(rooms[1]), new ChatMessage(rooms[1], "b"));
        await Server.Sender.SendAsync(ChatSchema.Topic(rooms[0]), new ChatMessage(rooms[0], "a"));

        // Each operation sends on its own: the two results may come in either order, each under its own id.
        var received = new[] { await client.ReceiveAsync(), await client.ReceiveAsync() }
            .Select(frame => frame.Id + ":" + frame.Payload.GetProperty("data").GetProperty("messageAdded").GetProperty("text").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(new[] { rooms[0] + ":a", rooms[1] + ":b" }.Order(StringComparer.Ordinal), received);
    }

    [Fact]
    public async Task Completing_an_unknown_id_is_ignored()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        await client.SendAsync(new { id = "never", type = "complete" });
        await client.SubscribeAsync("q", "{ hello }");

        Assert.Equal("q", (await client.ReceiveAsync()).Id);
    }

    [Fact]
    public async Task Closing_the_socket_ends_its_subscriptions()
    {
        var room = ChatServerFixture.NewRoom();
        var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);
        await client.SubscribeToRoomAsync(Server, "s", room);

        await client.DisposeAsync();

        await Server.WaitForSubscribersAsync(ChatSchema.Topic(room), 0);
    }
}
