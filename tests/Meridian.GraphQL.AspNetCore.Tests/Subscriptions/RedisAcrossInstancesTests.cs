using Meridian.GraphQL.AspNetCore.Tests.Hosting;
using Testing;

namespace Meridian.GraphQL.AspNetCore.Tests.Subscriptions;

/// <summary>
/// Two server instances sharing one real redis-server through AddSubscriptionTransport: a subscription on one
/// receives what a mutation on the other publishes, and survives Redis being killed and restarted. Each test has a
/// redis-server of its own (one of them kills it).
/// </summary>
public sealed class RedisAcrossInstancesTests : IAsyncLifetime
{
    private const string Subscription = "subscription($room: String!) { messageAdded(room: $room) { text } }";
    private const string Mutation = "mutation($room: String!, $text: String!) { send(room: $room, text: $text) { text } }";

    private readonly string _room = ChatServerFixture.NewRoom();
    private RedisServer _redis = null!;
    private RealtimeTestServer _a = null!;
    private RealtimeTestServer _b = null!;
    private int _nextId;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        var prefix = $"test:{Guid.NewGuid():N}:";
        _a = await StartInstanceAsync(prefix);
        _b = await StartInstanceAsync(prefix);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_subscription_on_instance_a_receives_a_mutation_on_instance_b()
    {
        await using var listener = await SubscribeOnAAsync();
        await using var sender = await SocketTestClient.ConnectAndInitAsync(_b.WebSocketUri);

        await SendUntilReceivedAsync(sender, listener, TimeSpan.FromSeconds(20));

        Assert.Equal("after", await SendAndReceiveAsync(sender, listener, "after"));
        Assert.Equal(0, _b.Topics.GetSubscriberCount(ChatSchema.Topic(_room)));
    }

    [Fact]
    public async Task Subscriptions_stay_up_while_redis_is_killed_and_resume_delivering_after_it_restarts()
    {
        await using var listener = await SubscribeOnAAsync();
        await using var sender = await SocketTestClient.ConnectAndInitAsync(_b.WebSocketUri);
        await SendUntilReceivedAsync(sender, listener, TimeSpan.FromSeconds(20));

        await _redis.KillAsync();

        // Publishing fails while Redis is down: the mutation reports an error, the sockets stay open.
        var failed = await MutateAsync(sender, "lost");
        Assert.True(failed.Payload.TryGetProperty("errors", out _), $"Expected a failed mutation, got {failed}.");
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, listener.Socket.State);
        Assert.Equal(1, _a.SocketStatistics.ActiveOperations);

        await _redis.RestartAsync();

        // The same subscription (same socket, same operation id) delivers again once Redis is back.
        var resumed = await SendUntilReceivedAsync(sender, listener, TimeSpan.FromSeconds(45));
        Assert.Equal("s", resumed.Id);
        Assert.Equal("after restart", await SendAndReceiveAsync(sender, listener, "after restart"));
    }

    private async Task<RealtimeTestServer> StartInstanceAsync(string prefix) =>
        await RealtimeTestServer.StartAsync(o =>
        {
            o.Settings["Redis:Configuration"] = _redis.Configuration;
            o.Settings["Subscriptions:RedisChannelPrefix"] = prefix;
        });

    private async Task<SocketTestClient> SubscribeOnAAsync()
    {
        var listener = await SocketTestClient.ConnectAndInitAsync(_a.WebSocketUri);
        await listener.SubscribeAsync("s", Subscription, new { room = _room });
        await _a.WaitForSubscribersAsync(ChatSchema.Topic(_room));
        return listener;
    }

    /// <summary>Publishes probes from B until one reaches A (subscribing and reconnecting take a while), then drains.</summary>
    private async Task<ReceivedFrame> SendUntilReceivedAsync(SocketTestClient sender, SocketTestClient listener, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            deadline.Token.ThrowIfCancellationRequested();
            await MutateAsync(sender, "probe");
            try
            {
                var frame = await listener.ReceiveMessageAsync(TimeSpan.FromMilliseconds(500));
                await DrainAsync(listener);
                return frame;
            }
            catch (TimeoutException)
            {
            }
        }
    }

    private async Task<string?> SendAndReceiveAsync(SocketTestClient sender, SocketTestClient listener, string text)
    {
        var result = await MutateAsync(sender, text);
        Assert.False(result.Payload.TryGetProperty("errors", out _), $"The mutation failed: {result}.");
        return (await listener.ReceiveMessageAsync()).Payload.GetProperty("data").GetProperty("messageAdded").GetProperty("text").GetString();
    }

    /// <summary>Runs the mutation on B and returns its result (the next message), after its complete.</summary>
    private async Task<ReceivedFrame> MutateAsync(SocketTestClient sender, string text)
    {
        var id = "m" + Interlocked.Increment(ref _nextId);
        await sender.SubscribeAsync(id, Mutation, new { room = _room, text });
        var result = await sender.ReceiveMessageAsync(TimeSpan.FromSeconds(15));
        Assert.Equal((id, "next"), (result.Id, result.Type));
        Assert.Equal("complete", (await sender.ReceiveMessageAsync()).Type);
        return result;
    }

    /// <summary>Reads the probes still on their way to the listener.</summary>
    private static async Task DrainAsync(SocketTestClient listener)
    {
        try
        {
            while (true)
            {
                await listener.ReceiveMessageAsync(TimeSpan.FromMilliseconds(300));
            }
        }
        catch (TimeoutException)
        {
        }
    }
}
