using System.Net.WebSockets;
using Meridian.GraphQL.AspNetCore.Tests.Hosting;

namespace Meridian.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>
/// The send-queue policy with a client that stops reading: the server never holds more than the queue and the
/// subscription buffer for it, and cuts it off once the socket has taken nothing for the slow-consumer timeout.
/// </summary>
public sealed class BackpressureTests
{
    private const int Events = 120;

    [Fact]
    public async Task A_client_that_stops_reading_is_cut_off_and_its_subscription_ends()
    {
        await using var server = await StartAsync(queueCapacity: 4, slowConsumerTimeout: TimeSpan.FromSeconds(1));
        var room = ChatServerFixture.NewRoom();
        var topic = ChatSchema.Topic(room);
        await using var client = await SocketTestClient.ConnectAsync(server.WebSocketUri, ["graphql-transport-ws"], null, read: false);
        await client.SendAsync(new { type = "connection_init" });
        await client.SubscribeToRoomAsync(server, "s", room);

        // 120 events of 256 KiB: far more than the socket buffers of a loopback connection hold.
        var text = new string('x', 256 * 1024);
        for (var i = 0; i < Events; i++)
        {
            await server.Sender.SendAsync(topic, new ChatMessage(room, text));
        }

        await Testing.AsyncStreams.WaitUntilAsync(() => server.SocketStatistics.SlowConsumerAborts == 1, "the stalled client was cut off", TimeSpan.FromSeconds(20));
        await server.WaitForNoConnectionsAsync();
        await server.WaitForSubscribersAsync(topic, 0);
        Assert.Equal(0, server.SocketStatistics.ActiveOperations);

        // The connection was aborted, not closed: the client sees it end without a close frame, and at most what
        // the buffers held before the cut (usually nothing: the reset discards unread data), never every event.
        var received = await CountUntilConnectionEndsAsync(client);
        Assert.InRange(received, 0, Events - 1);
        Assert.Equal(WebSocketState.Aborted, client.Socket.State);
    }

    [Fact]
    public async Task A_client_that_reads_slowly_but_steadily_is_served()
    {
        await using var server = await StartAsync(queueCapacity: 2, slowConsumerTimeout: TimeSpan.FromSeconds(2));
        var room = ChatServerFixture.NewRoom();
        var topic = ChatSchema.Topic(room);
        await using var client = await SocketTestClient.ConnectAndInitAsync(server.WebSocketUri);
        await client.SubscribeToRoomAsync(server, "s", room);

        for (var i = 0; i < 20; i++)
        {
            await server.Sender.SendAsync(topic, new ChatMessage(room, i.ToString()));
        }

        var texts = new List<string>();
        while (texts.Count == 0 || texts[^1] != "19")
        {
            await Task.Delay(10);
            texts.Add((await client.ReceiveMessageAsync()).Payload.GetProperty("data").GetProperty("messageAdded").GetProperty("text").GetString()!);
        }

        Assert.Equal(Enumerable.Range(0, 20).Select(i => i.ToString()), texts);
        Assert.Equal(0, server.SocketStatistics.SlowConsumerAborts);
        Assert.Equal(WebSocketState.Open, client.Socket.State);
    }

    private static Task<RealtimeTestServer> StartAsync(int queueCapacity, TimeSpan slowConsumerTimeout) =>
        RealtimeTestServer.StartAsync(o => o.Sockets = s =>
        {
            s.SendQueueCapacity = queueCapacity;
            s.SlowConsumerTimeout = slowConsumerTimeout;
        });

    private static async Task<int> CountUntilConnectionEndsAsync(SocketTestClient client)
    {
        client.StartReading();
        var count = 0;
        while (true)
        {
            var frame = await client.ReceiveAsync();
            if (frame.Failure is not null)
            {
                return count;
            }

            Assert.True(frame.Message is not null, "The server aborts a stalled connection; it sends no close frame.");
            count++;
        }
    }
}
