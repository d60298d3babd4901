using Meridian.GraphQL.AspNetCore.Tests.Hosting;

namespace Meridian.GraphQL.AspNetCore.Tests.Sse;

public sealed class SseBackpressureTests
{
    [Fact]
    public async Task A_client_that_stops_reading_its_event_stream_is_cut_off()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.ServerSentEvents = s => s.SlowConsumerTimeout = TimeSpan.FromSeconds(1));
        using var http = new HttpClient();
        var room = ChatServerFixture.NewRoom();
        var topic = ChatSchema.Topic(room);
        await using var stream = await SseTestClient.PostAsync(http, server.HttpUri, $$"""{"query":"subscription { messageAdded(room: \"{{room}}\") { text } }"}""");
        await server.WaitForSubscribersAsync(topic);

        var text = new string('x', 256 * 1024);
        for (var i = 0; i < 120; i++)
        {
            await server.Sender.SendAsync(topic, new ChatMessage(room, text));
        }

        // Without reading a byte, the client holds the server for the slow-consumer timeout only.
        await server.WaitForSubscribersAsync(topic, 0);
    }
}
