using Meridian.Subscriptions;
using Testing;

namespace Meridian.GraphQL.Tests.Subscriptions;

public sealed class InMemoryPubSubTests
{
    private readonly InMemoryPubSub _pubSub = new();

    [Fact]
    public async Task Every_subscriber_receives_every_event_in_the_order_sent()
    {
        var streams = new List<ISourceStream<int>>();
        for (var i = 0; i < 3; i++)
        {
            streams.Add(await _pubSub.SubscribeAsync<int>("slots"));
        }

        for (var i = 0; i < 20; i++)
        {
            await _pubSub.SendAsync("slots", i);
        }

        foreach (var stream in streams)
        {
            Assert.Equal(Enumerable.Range(0, 20), await stream.ReadEventsAsync().TakeAsync(20));
            await stream.DisposeAsync();
        }
    }

    [Fact]
    public async Task Events_go_only_to_their_topic_and_only_to_those_subscribed_when_sent()
    {
        await _pubSub.SendAsync("a", "before anyone listened");
        await using var a = await _pubSub.SubscribeAsync<string>("a");
        await using var b = await _pubSub.SubscribeAsync<string>("b");

        await _pubSub.SendAsync("a", "for a");
        await _pubSub.SendAsync("b", "for b");
        await _pubSub.CompleteAsync("a");
        await _pubSub.CompleteAsync("b");

        Assert.Equal(["for a"], await a.ReadEventsAsync().ReadToEndAsync());
        Assert.Equal(["for b"], await b.ReadEventsAsync().ReadToEndAsync());
    }

    [Fact]
    public async Task Concurrent_senders_are_seen_in_one_order_by_all_subscribers_and_each_sender_keeps_its_order()
    {
        const int PerSender = 500;
        var buffer = new SubscriptionBufferOptions { Capacity = 2 * PerSender };
        var streams = new List<ISourceStream<(int Sender, int Sequence)>>();
        for (var i = 0; i < 3; i++)
        {
            streams.Add(await _pubSub.SubscribeAsync<(int, int)>("race", buffer));
        }

        await Task.WhenAll(Enumerable.Range(0, 2).Select(sender => Task.Run(async () =>
        {
            for (var sequence = 0; sequence < PerSender; sequence++)
            {
                await _pubSub.SendAsync("race", (sender, sequence));
            }
        })));

        var received = new List<List<(int Sender, int Sequence)>>();
        foreach (var stream in streams)
        {
            received.Add(await stream.ReadEventsAsync().TakeAsync(2 * PerSender));
            await stream.DisposeAsync();
        }

        foreach (var events in received)
        {
            Assert.Equal(received[0], events);
            for (var sender = 0; sender < 2; sender++)
            {
                Assert.Equal(Enumerable.Range(0, PerSender), events.Where(e => e.Sender == sender).Select(e => e.Sequence));
            }
        }
    }

    [Fact]
    public async Task Completing_a_topic_ends_its_streams_after_what_they_buffered_and_a_later_subscriber_opens_it_anew()
    {
        var first = await _pubSub.SubscribeAsync<string>("lifecycle");
        var second = await _pubSub.SubscribeAsync<string>("lifecycle");
        await _pubSub.SendAsync("lifecycle", "one");
        await _pubSub.SendAsync("lifecycle", "two");

        await _pubSub.CompleteAsync("lifecycle");

        Assert.Equal(["one", "two"], await first.ReadEventsAsync().ReadToEndAsync());
        Assert.Equal(["one", "two"], await second.ReadEventsAsync().ReadToEndAsync());
        Assert.Equal(0, _pubSub.Topics.TopicCount);

        await using var later = await _pubSub.SubscribeAsync<string>("lifecycle");
        await _pubSub.SendAsync("lifecycle", "three");
        Assert.Equal(["three"], await later.ReadEventsAsync().TakeAsync(1));
        await first.DisposeAsync();
        await second.DisposeAsync();
        Assert.Equal(1, _pubSub.Topics.GetSubscriberCount("lifecycle"));
    }

    [Fact]
    public async Task A_topic_is_removed_when_its_last_subscriber_leaves()
    {
        var streams = new List<ISourceStream<int>>();
        for (var i = 0; i < 100; i++)
        {
            streams.Add(await _pubSub.SubscribeAsync<int>($"topic-{i % 10}"));
        }

        Assert.Equal(10, _pubSub.Topics.TopicCount);
        Assert.Equal(10, _pubSub.Topics.GetSubscriberCount("topic-3"));

        foreach (var stream in streams.Take(95))
        {
            await stream.DisposeAsync();
        }

        Assert.Equal(5, _pubSub.Topics.TopicCount);
        for (var i = 95; i < 100; i++)
        {
            await _pubSub.SendAsync($"topic-{i % 10}", i);
            Assert.Equal([i], await streams[i].ReadEventsAsync().TakeAsync(1));
        }

        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }

        Assert.Equal(0, _pubSub.Topics.TopicCount);
        Assert.Equal(0, _pubSub.Topics.GetSubscriberCount("topic-3"));
    }

    [Fact]
    public async Task Subscribers_leaving_from_the_middle_leave_the_others_receiving()
    {
        var streams = new List<ISourceStream<int>>();
        for (var i = 0; i < 6; i++)
        {
            streams.Add(await _pubSub.SubscribeAsync<int>("middle"));
        }

        await streams[1].DisposeAsync();
        await streams[4].DisposeAsync();
        await streams[0].DisposeAsync();
        await _pubSub.SendAsync("middle", 1);

        Assert.Equal(3, _pubSub.Topics.GetSubscriberCount("middle"));
        foreach (var stream in new[] { streams[2], streams[3], streams[5] })
        {
            Assert.Equal([1], await stream.ReadEventsAsync().TakeAsync(1));
            await stream.DisposeAsync();
        }

        Assert.Equal(0, _pubSub.Topics.TopicCount);
    }

    [Fact]
    public async Task Disposing_ends_the_stream_of_its_reader_and_never_blocks()
    {
        var stream = await _pubSub.SubscribeAsync<int>("dispose");
        var reading = stream.ReadEventsAsync().ReadToEndAsync();

        var disposal = stream.DisposeAsync();

        Assert.True(disposal.IsCompletedSuccessfully);
        Assert.Empty(await reading);
        await stream.DisposeAsync();
        Assert.Equal(0, _pubSub.Topics.TopicCount);
    }

    [Fact]
    public async Task Subscribing_and_leaving_many_times_leaves_nothing_reachable()
    {
        var references = await SubscribeAndLeaveAsync(1000);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(0, _pubSub.Topics.TopicCount);
        Assert.All(references, reference => Assert.False(reference.IsAlive));
    }

    [Fact]
    public async Task A_cancelled_subscribe_leaves_no_topic_behind()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await _pubSub.SubscribeAsync<int>("cancelled", cancellationToken: cancelled.Token));

        Assert.Equal(0, _pubSub.Topics.TopicCount);
    }

    [Fact]
    public async Task Cancelling_a_read_stops_the_reader_but_keeps_the_subscription_until_disposed()
    {
        await using var stream = await _pubSub.SubscribeAsync<int>("cancel-read");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in stream.ReadEventsAsync().WithCancellation(cancellation.Token))
            {
            }
        });

        await _pubSub.SendAsync("cancel-read", 7);
        Assert.Equal([7], await stream.ReadEventsAsync().TakeAsync(1));
    }

    [Fact]
    public async Task A_stream_has_one_reader_at_a_time()
    {
        await using var stream = await _pubSub.SubscribeAsync<int>("one-reader");
        await using var first = stream.ReadEventsAsync().GetAsyncEnumerator();
        var firstMove = first.MoveNextAsync();

        await using var second = stream.ReadEventsAsync().GetAsyncEnumerator();
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await second.MoveNextAsync());

        await _pubSub.SendAsync("one-reader", 1);
        Assert.True(await firstMove);
        Assert.Equal(1, first.Current);
    }

    [Fact]
    public async Task The_untyped_stream_reads_the_same_events()
    {
        await using var stream = await _pubSub.SubscribeAsync<string>("untyped");
        ISourceStream untyped = stream;

        await _pubSub.SendAsync("untyped", "booked");
        await _pubSub.SendAsync<string?>("untyped", null);

        Assert.Equal(["booked", null], await untyped.ReadEventsAsync().TakeAsync(2));
    }

    [Fact]
    public async Task A_topic_carries_one_message_type()
    {
        await using var stream = await _pubSub.SubscribeAsync<string>("typed");

        var subscribe = await Assert.ThrowsAsync<InvalidOperationException>(
            async () => await _pubSub.SubscribeAsync<int>("typed"));
        var send = await Assert.ThrowsAsync<InvalidOperationException>(
            async () => await _pubSub.SendAsync("typed", 42));

        Assert.Equal(
            "Topic 'typed' carries messages of type System.String; it cannot be subscribed to as System.Int32.",
            subscribe.Message);
        Assert.Equal("Topic 'typed' carries messages of type System.String; a System.Int32 cannot be sent to it.", send.Message);
        await _pubSub.SendAsync<object>("typed", "a string sent as object is fine");
        Assert.Equal(["a string sent as object is fine"], await stream.ReadEventsAsync().TakeAsync(1));
    }

    [Fact]
    public async Task Topic_names_are_required()
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await _pubSub.SubscribeAsync<int>(""));
        await Assert.ThrowsAsync<ArgumentException>(async () => await _pubSub.SendAsync("", 1));
    }

    private async Task<List<WeakReference>> SubscribeAndLeaveAsync(int count)
    {
        var references = new List<WeakReference>();
        for (var i = 0; i < count; i++)
        {
            var stream = await _pubSub.SubscribeAsync<int>($"churn-{i % 7}");
            await _pubSub.SendAsync($"churn-{i % 7}", i);
            await stream.DisposeAsync();
            references.Add(new WeakReference(stream));
        }

        return references;
    }
}
