using System.Collections.Concurrent;
using Meridian.Redis;
using Meridian.Redis.Subscriptions;
using Meridian.Subscriptions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Testing;

namespace Meridian.GraphQL.AspNetCore.Tests.Redis;

/// <summary>Redis killed and restarted under live subscriptions: each test has a redis-server of its own to kill.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private readonly string _prefix = RedisFixture.UniquePrefix();
    private readonly ConcurrentQueue<Exception> _unobserved = new();
    private readonly List<IAsyncDisposable> _owned = [];
    private RedisServer _server = null!;
    private IConnectionMultiplexer _raw = null!;

    public async Task InitializeAsync()
    {
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        _server = await RedisServer.StartAsync();
        _raw = await ConnectionMultiplexer.ConnectAsync(_server.Configuration);
    }

    public async Task DisposeAsync()
    {
        TaskScheduler.UnobservedTaskException -= OnUnobserved;
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        _raw.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Subscriptions_resume_delivering_after_redis_is_killed_and_restarted()
    {
        var logger = new CollectingLogger<RedisPubSub>();
        var (a, _) = await CreateInstanceAsync(logger);
        var (b, _) = await CreateInstanceAsync();
        await using var first = await a.SubscribeAsync<string>("availability");
        await using var second = await a.SubscribeAsync<string>("availability");
        var leaving = await a.SubscribeAsync<string>("leaving");
        await b.SendAsync("availability", "before");
        Assert.Equal(["before"], await first.ReadEventsAsync().TakeAsync(1));
        Assert.Equal(["before"], await second.ReadEventsAsync().TakeAsync(1));

        await _server.KillAsync();

        await Assert.ThrowsAsync<RedisConnectionException>(async () => await b.SendAsync("availability", "lost"));
        Assert.True(CompletedAtOnce(leaving.DisposeAsync()));
        await using var joined = await a.SubscribeAsync<string>("joined-during-outage");

        await _server.RestartAsync();

        await SendUntilReceivedAsync(b, "availability", first);
        await SendUntilReceivedAsync(b, "joined-during-outage", joined);
        await b.SendAsync("availability", "after");
        Assert.Equal("after", (await first.ReadEventsAsync().TakeAsync(1))[0]);
        Assert.Equal("after", (await second.ReadEventsAsync().SkipWhile(value => value != "after").TakeAsync(1))[0]);

        Assert.Equal(1, await _raw.SubscriberCountAsync(_prefix + "availability"));
        Assert.Equal(1, await _raw.SubscriberCountAsync(_prefix + "joined-during-outage"));
        Assert.Equal(0, await _raw.SubscriberCountAsync(_prefix + "leaving"));
        await logger.WaitForAsync(LogLevel.Information, "Verified 2 Redis topic subscriptions");
        Assert.True(logger.Contains(LogLevel.Warning, "Redis subscription connection to"));
        Assert.True(logger.Contains(LogLevel.Information, "restored; verifying"));
        AssertNothingUnobserved();
    }

    [Fact]
    public async Task A_channel_subscription_the_client_lost_is_re_established_after_a_reconnect()
    {
        var logger = new CollectingLogger<RedisPubSub>();
        var (a, multiplexer) = await CreateInstanceAsync(logger);
        var (b, _) = await CreateInstanceAsync();
        await using var stream = await a.SubscribeAsync<string>("forgotten");

        // Behind the pub/sub's back, the shared multiplexer drops every channel: the client will not restore them itself.
        await multiplexer.GetSubscriber().UnsubscribeAllAsync();
        Assert.Equal(0, await _raw.SubscriberCountAsync(_prefix + "forgotten"));
        await _server.KillAsync();
        await _server.RestartAsync();

        await SendUntilReceivedAsync(b, "forgotten", stream);
        Assert.Equal(1, await _raw.SubscriberCountAsync(_prefix + "forgotten"));
        await logger.WaitForAsync(LogLevel.Information, "1 re-subscribed, 0 unresponsive");
        Assert.True(logger.Contains(LogLevel.Warning, "did not deliver a probe; re-subscribing them"));
        AssertNothingUnobserved();
    }

    [Fact]
    public async Task Verifying_proves_each_topic_delivers_and_repairs_the_ones_that_do_not()
    {
        var (a, multiplexer) = await CreateInstanceAsync();
        var (b, _) = await CreateInstanceAsync();
        await using var healthy = await a.SubscribeAsync<int>("healthy");
        await using var alsoHealthy = await a.SubscribeAsync<int>("also-healthy");

        Assert.Equal(new RedisSubscriptionCheck(2, 0, 0), await a.VerifySubscriptionsAsync());

        await multiplexer.GetSubscriber().UnsubscribeAllAsync();
        var check = await a.VerifySubscriptionsAsync();

        Assert.Equal(new RedisSubscriptionCheck(2, 2, 0), check);
        Assert.True(check.IsHealthy);
        await b.SendAsync("healthy", 1);
        await b.SendAsync("also-healthy", 2);
        Assert.Equal([1], await healthy.ReadEventsAsync().TakeAsync(1));
        Assert.Equal([2], await alsoHealthy.ReadEventsAsync().TakeAsync(1));
        Assert.Equal(1, await _raw.SubscriberCountAsync(_prefix + "healthy"));
    }

    [Fact]
    public async Task Verifying_while_redis_is_down_fails_without_touching_the_subscriptions()
    {
        var (a, _) = await CreateInstanceAsync();
        var (b, _) = await CreateInstanceAsync();
        await using var stream = await a.SubscribeAsync<string>("down");

        await _server.KillAsync();
        await Assert.ThrowsAsync<RedisConnectionException>(async () => await a.VerifySubscriptionsAsync());
        await _server.RestartAsync();

        await SendUntilReceivedAsync(b, "down", stream);
        Assert.Equal(1, a.Topics.GetSubscriberCount("down"));
    }

    private static bool CompletedAtOnce(ValueTask task) => task.IsCompletedSuccessfully;

    /// <summary>Sends until the subscriber receives (events sent while the subscription is still coming back are lost).</summary>
    private static async Task SendUntilReceivedAsync(RedisPubSub sender, string topic, ISourceStream<string> stream)
    {
        var received = stream.ReadEventsAsync().TakeAsync(1, TimeSpan.FromSeconds(30));
        for (var attempt = 0; !received.IsCompleted; attempt++)
        {
            try
            {
                await sender.SendAsync(topic, $"resumed-{attempt}");
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // The sender's own connection is still coming back.
            }

            await Task.WhenAny(received, Task.Delay(100));
        }

        Assert.Single(await received);
    }

    private async Task<(RedisPubSub PubSub, IConnectionMultiplexer Multiplexer)> CreateInstanceAsync(CollectingLogger<RedisPubSub>? logger = null)
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(_server.Configuration);
        await RedisFixture.WaitUntilConnectedAsync(multiplexer);
        var connection = new RedisConnectionProvider(multiplexer);
        var pubSub = new RedisPubSub(connection, new RedisSubscriptionOptions { ChannelPrefix = _prefix }, logger: logger);
        _owned.Add(pubSub);
        _owned.Add(new OwnedMultiplexer(multiplexer));
        return (pubSub, multiplexer);
    }

    private void AssertNothingUnobserved()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Empty(_unobserved);
    }

    private void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
    {
        if (e.Exception.ToString().Contains("Redis", StringComparison.Ordinal))
        {
            _unobserved.Enqueue(e.Exception);
        }
    }

    private sealed class OwnedMultiplexer(IConnectionMultiplexer multiplexer) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await multiplexer.CloseAsync(allowCommandsToComplete: false);
            multiplexer.Dispose();
        }
    }
}
