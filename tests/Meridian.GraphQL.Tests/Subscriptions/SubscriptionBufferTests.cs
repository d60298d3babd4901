using Meridian.Subscriptions;
using Testing;

namespace Meridian.GraphQL.Tests.Subscriptions;

/// <summary>A subscriber that does not read, with a buffer of 3, while 10 events are sent.</summary>
public sealed class SubscriptionBufferTests
{
    private const int Capacity = 3;
    private const int Sent = 10;

    private readonly InMemoryPubSub _pubSub = new();

    [Theory]
    [InlineData(SubscriptionBufferFullMode.DropOldest, new[] { 7, 8, 9 })]
    [InlineData(SubscriptionBufferFullMode.DropNewest, new[] { 0, 1, 9 })]
    [InlineData(SubscriptionBufferFullMode.DropWrite, new[] { 0, 1, 2 })]
    public async Task A_full_buffer_drops_events_as_its_mode_says(SubscriptionBufferFullMode mode, int[] kept)
    {
        var idle = await _pubSub.SubscribeAsync<int>("full", new SubscriptionBufferOptions { Capacity = Capacity, FullMode = mode });

        await SendAsync();
        await _pubSub.CompleteAsync("full");

        Assert.Equal(kept, await idle.ReadEventsAsync().ReadToEndAsync());
        await idle.DisposeAsync();
    }

    [Fact]
    public async Task The_default_buffer_keeps_the_latest_64_events()
    {
        await using var idle = await _pubSub.SubscribeAsync<int>("default");

        for (var i = 0; i < 100; i++)
        {
            await _pubSub.SendAsync("default", i);
        }

        await _pubSub.CompleteAsync("default");
        Assert.Equal(Enumerable.Range(100 - SubscriptionBufferOptions.DefaultCapacity, 64), await idle.ReadEventsAsync().ReadToEndAsync());
    }

    [Fact]
    public async Task Close_mode_cuts_the_subscriber_off_after_it_reads_what_it_buffered()
    {
        var idle = await _pubSub.SubscribeAsync<int>(
            "full",
            new SubscriptionBufferOptions { Capacity = Capacity, FullMode = SubscriptionBufferFullMode.Close });
        await using var reader = await _pubSub.SubscribeAsync<int>("full", new SubscriptionBufferOptions { Capacity = Sent });

        await SendAsync();

        var received = new List<int>();
        var overflow = await Assert.ThrowsAsync<SubscriptionBufferOverflowException>(async () =>
        {
            await foreach (var value in idle.ReadEventsAsync())
            {
                received.Add(value);
            }
        });
        Assert.Equal([0, 1, 2], received);
        Assert.Equal("The subscriber to topic 'full' fell 3 events behind and was closed.", overflow.Message);
        Assert.Equal(1, _pubSub.Topics.GetSubscriberCount("full"));
        Assert.Equal(Enumerable.Range(0, Sent), await reader.ReadEventsAsync().TakeAsync(Sent));
        await idle.DisposeAsync();
    }

    [Fact]
    public async Task A_topic_whose_only_subscriber_overflowed_in_close_mode_is_removed()
    {
        var idle = await _pubSub.SubscribeAsync<int>(
            "alone",
            new SubscriptionBufferOptions { Capacity = 1, FullMode = SubscriptionBufferFullMode.Close });

        await _pubSub.SendAsync("alone", 1);
        await _pubSub.SendAsync("alone", 2);

        Assert.Equal(0, _pubSub.Topics.TopicCount);
        await Assert.ThrowsAsync<SubscriptionBufferOverflowException>(async () => await idle.ReadEventsAsync().ReadToEndAsync());
        await idle.DisposeAsync();
    }

    [Fact]
    public async Task A_subscriber_that_does_not_read_costs_the_others_nothing()
    {
        const int Events = 5000;
        await using var idle = await _pubSub.SubscribeAsync<int>("mixed", new SubscriptionBufferOptions { Capacity = Capacity });
        await using var reader = await _pubSub.SubscribeAsync<int>("mixed", new SubscriptionBufferOptions { Capacity = 16 });
        var reading = reader.ReadEventsAsync().TakeAsync(Events);

        // The reader's buffer is small too: it keeps up because sending interleaves with reading, not because it is large.
        for (var i = 0; i < Events; i++)
        {
            await _pubSub.SendAsync("mixed", i);
            if (i % 8 == 7)
            {
                await Task.Yield();
                await WaitForDrainAsync(reader);
            }
        }

        Assert.Equal(Enumerable.Range(0, Events), await reading);
        await _pubSub.CompleteAsync("mixed");
        Assert.Equal([Events - 3, Events - 2, Events - 1], await idle.ReadEventsAsync().ReadToEndAsync());
    }

    [Fact]
    public void Capacity_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubscriptionBufferOptions { Capacity = 0 });
        Assert.Equal(SubscriptionBufferFullMode.DropOldest, SubscriptionBufferOptions.Default.FullMode);
    }

    private static async Task WaitForDrainAsync(ISourceStream<int> reader) =>
        await AsyncStreams.WaitUntilAsync(() => ((TopicSourceStream<int>)reader).BufferedCount == 0, "the reader drained its buffer");

    private async Task SendAsync()
    {
        for (var i = 0; i < Sent; i++)
        {
            await _pubSub.SendAsync("full", i);
        }
    }
}
