using System.Text;
using Meridian.Redis.Subscriptions;
using Meridian.Subscriptions;
using Microsoft.Extensions.Logging;
using Testing;

namespace Meridian.GraphQL.AspNetCore.Tests.Redis;

[Collection(RedisCollection.Name)]
public sealed class RedisPubSubTests(RedisFixture redis)
{
    private readonly string _prefix = RedisFixture.UniquePrefix();

    public sealed record SlotChanged(string SlotId, int Seats);

    [Fact]
    public async Task An_event_sent_on_instance_B_reaches_subscribers_on_instance_A_in_order()
    {
        var a = await redis.CreateInstanceAsync(_prefix);
        var b = await redis.CreateInstanceAsync(_prefix);
        await using var first = await a.SubscribeAsync<SlotChanged>("slots");
        await using var second = await a.SubscribeAsync<SlotChanged>("slots");

        for (var i = 0; i < 50; i++)
        {
            await b.SendAsync("slots", new SlotChanged("slot-1", i));
        }

        var expected = Enumerable.Range(0, 50).Select(i => new SlotChanged("slot-1", i)).ToList();
        Assert.Equal(expected, await first.ReadEventsAsync().TakeAsync(50));
        Assert.Equal(expected, await second.ReadEventsAsync().TakeAsync(50));
    }

    [Fact]
    public async Task Each_instance_holds_one_redis_subscription_per_topic_whatever_its_local_subscribers()
    {
        var a = await redis.CreateInstanceAsync(_prefix);
        var b = await redis.CreateInstanceAsync(_prefix);
        var channel = _prefix + "busy";
        var onA = new List<ISourceStream<int>>();
        for (var i = 0; i < 50; i++)
        {
            onA.Add(await a.SubscribeAsync<int>("busy"));
        }

        Assert.Equal(1, await redis.SubscriberCountAsync(channel));
        Assert.Equal(50, a.Topics.GetSubscriberCount("busy"));

        await using var onB = await b.SubscribeAsync<int>("busy");
        Assert.Equal(2, await redis.SubscriberCountAsync(channel));

        await b.SendAsync("busy", 42);
        foreach (var stream in onA)
        {
            Assert.Equal([42], await stream.ReadEventsAsync().TakeAsync(1));
        }

        Assert.Equal([42], await onB.ReadEventsAsync().TakeAsync(1));

        foreach (var stream in onA)
        {
            await stream.DisposeAsync();
        }

        await AsyncStreams.WaitUntilAsync(
            async () => await redis.SubscriberCountAsync(channel) == 1,
            "instance A unsubscribed from the channel its last subscriber left");
        Assert.Equal(0, a.Topics.TopicCount);
    }

    [Fact]
    public async Task Unsubscribing_returns_at_once_and_redis_forgets_the_channel_afterwards()
    {
        var a = await redis.CreateInstanceAsync(_prefix);
        var streams = new List<ISourceStream<int>>();
        for (var i = 0; i < 20; i++)
        {
            streams.Add(await a.SubscribeAsync<int>($"short-lived-{i}"));
        }

        foreach (var stream in streams)
        {
            Assert.True(CompletedAtOnce(stream.DisposeAsync()));
        }

        for (var i = 0; i < 20; i++)
        {
            var channel = $"{_prefix}short-lived-{i}";
            await AsyncStreams.WaitUntilAsync(async () => await redis.SubscriberCountAsync(channel) == 0, $"{channel} had no subscriber");
        }

        Assert.Equal(0, a.Topics.TopicCount);
    }

    [Fact]
    public async Task Completing_on_one_instance_ends_the_streams_on_every_instance_after_the_events_sent_before()
    {
        var a = await redis.CreateInstanceAsync(_prefix);
        var b = await redis.CreateInstanceAsync(_prefix);
        await using var onA = await a.SubscribeAsync<string>("closing");
        await using var onB = await b.SubscribeAsync<string>("closing");

        await b.SendAsync("closing", "last words");
        await b.CompleteAsync("closing");

        Assert.Equal(["last words"], await onA.ReadEventsAsync().ReadToEndAsync());
        Assert.Equal(["last words"], await onB.ReadEventsAsync().ReadToEndAsync());
        await AsyncStreams.WaitUntilAsync(
            async () => await redis.SubscriberCountAsync(_prefix + "closing") == 0,
            "both instances unsubscribed from the completed topic");
    }

    [Fact]
    public async Task An_unreadable_event_is_dropped_and_logged_and_the_topic_goes_on()
    {
        var logger = new CollectingLogger<RedisPubSub>();
        var a = await redis.CreateInstanceAsync(_prefix, logger);
        await using var stream = await a.SubscribeAsync<SlotChanged>("garbage");

        await redis.Raw.GetSubscriber().PublishAsync(_prefix + "garbage", Encoding.UTF8.GetBytes("m{not json"));
        await redis.Raw.GetSubscriber().PublishAsync(_prefix + "garbage", Encoding.UTF8.GetBytes("?unknown kind"));
        await (await redis.CreateInstanceAsync(_prefix)).SendAsync("garbage", new SlotChanged("after", 1));

        Assert.Equal([new SlotChanged("after", 1)], await stream.ReadEventsAsync().TakeAsync(1));
        Assert.True(logger.Contains(LogLevel.Warning, "Dropped an event on topic 'garbage' that could not be read as"));
        Assert.True(logger.Contains(LogLevel.Warning, "Ignored a frame of unknown kind 63"));
    }

    [Fact]
    public async Task Events_are_json_on_the_wire_behind_a_kind_byte()
    {
        var a = await redis.CreateInstanceAsync(_prefix);
        var received = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        await redis.Raw.GetSubscriber().SubscribeAsync(
            new StackExchange.Redis.RedisChannel(_prefix + "wire", StackExchange.Redis.RedisChannel.PatternMode.Literal),
            (_, value) => received.TrySetResult(value!));

        await a.SendAsync("wire", new SlotChanged("slot-9", 3));

        var frame = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("m{\"slotId\":\"slot-9\",\"seats\":3}", Encoding.UTF8.GetString(frame));
        await redis.Raw.GetSubscriber().UnsubscribeAllAsync();
    }

    [Fact]
    public async Task A_slow_subscriber_is_bounded_on_this_instance_too()
    {
        var a = await redis.CreateInstanceAsync(_prefix);
        var b = await redis.CreateInstanceAsync(_prefix);
        await using var idle = await a.SubscribeAsync<int>("bounded", new SubscriptionBufferOptions { Capacity = 2 });
        await using var reader = await a.SubscribeAsync<int>("bounded", new SubscriptionBufferOptions { Capacity = 100 });

        for (var i = 0; i < 100; i++)
        {
            await b.SendAsync("bounded", i);
        }

        Assert.Equal(Enumerable.Range(0, 100), await reader.ReadEventsAsync().TakeAsync(100));
        await b.CompleteAsync("bounded");
        Assert.Equal([98, 99], await idle.ReadEventsAsync().ReadToEndAsync());
    }

    [Fact]
    public async Task Disposing_the_pub_sub_ends_its_local_streams()
    {
        var a = await redis.CreateInstanceAsync(_prefix);
        var stream = await a.SubscribeAsync<int>("shutdown");

        await a.DisposeAsync();

        Assert.Empty(await stream.ReadEventsAsync().ReadToEndAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await a.SubscribeAsync<int>("shutdown"));
        await AsyncStreams.WaitUntilAsync(
            async () => await redis.SubscriberCountAsync(_prefix + "shutdown") == 0,
            "the disposed instance unsubscribed");
    }

    private static bool CompletedAtOnce(ValueTask task) => task.IsCompletedSuccessfully;
}
