using Meridian.Subscriptions;
using Testing;

namespace Meridian.GraphQL.Tests.Subscriptions;

/// <summary>The registry's contract with a transport: one connection per open topic, awaited by its subscribers.</summary>
public sealed class TopicRegistryTests
{
    [Fact]
    public async Task A_topic_connects_once_for_all_its_subscribers_and_disconnects_when_the_last_leaves()
    {
        var connector = new RecordingConnector();
        var registry = new TopicRegistry(connector: connector);

        var subscribing = Enumerable.Range(0, 20).Select(_ => registry.SubscribeAsync<int>("shared").AsTask()).ToList();
        Assert.All(subscribing, task => Assert.False(task.IsCompleted));
        connector.Release();
        var streams = await Task.WhenAll(subscribing);

        Assert.Equal(["connect shared"], connector.Calls);
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }

        await AsyncStreams.WaitUntilAsync(() => connector.Calls.Count == 2, "the topic disconnected");
        Assert.Equal(["connect shared", "disconnect shared"], connector.Calls);

        await using var again = await registry.SubscribeAsync<int>("shared");
        Assert.Equal(["connect shared", "disconnect shared", "connect shared"], connector.Calls);
    }

    [Fact]
    public async Task A_failed_connection_fails_its_subscribers_and_the_next_subscriber_tries_again()
    {
        var connector = new RecordingConnector { Failure = new InvalidOperationException("transport down") };
        var registry = new TopicRegistry(connector: connector);
        connector.Release();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () => await registry.SubscribeAsync<int>("flaky"));

        Assert.Equal("transport down", failure.Message);
        Assert.Equal(0, registry.TopicCount);
        connector.Failure = null;
        await using var stream = await registry.SubscribeAsync<int>("flaky");
        Assert.Equal(1, registry.GetSubscriberCount("flaky"));
    }

    [Fact]
    public async Task A_subscriber_cancelled_while_the_topic_connects_leaves_without_cancelling_the_others()
    {
        var connector = new RecordingConnector();
        var registry = new TopicRegistry(connector: connector);
        using var cancellation = new CancellationTokenSource();
        var cancelled = registry.SubscribeAsync<int>("slow", cancellationToken: cancellation.Token).AsTask();
        var patient = registry.SubscribeAsync<int>("slow").AsTask();

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        connector.Release();

        await using var stream = await patient;
        Assert.Equal(1, registry.GetSubscriberCount("slow"));
        registry.Publish("slow", 3);
        Assert.Equal([3], await stream.ReadEventsAsync().TakeAsync(1));
    }

    [Fact]
    public async Task Completing_every_topic_ends_every_stream()
    {
        var registry = new TopicRegistry();
        var a = await registry.SubscribeAsync<int>("a");
        var b = await registry.SubscribeAsync<string>("b");

        registry.CompleteAll();

        Assert.Empty(await a.ReadEventsAsync().ReadToEndAsync());
        Assert.Empty(await b.ReadEventsAsync().ReadToEndAsync());
        Assert.Equal(0, registry.TopicCount);
        Assert.False(registry.Publish("a", 1));
    }

    /// <summary>A transport that holds every connection until released, and records what the registry asked of it.</summary>
    private sealed class RecordingConnector : ITopicConnector
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> _calls = [];

        public Exception? Failure { get; set; }

        public List<string> Calls
        {
            get
            {
                lock (_calls)
                {
                    return [.. _calls];
                }
            }
        }

        public void Release() => _released.TrySetResult();

        public async ValueTask<IAsyncDisposable> ConnectAsync<TMessage>(LocalTopic<TMessage> topic)
        {
            Record($"connect {topic.Name}");
            await _released.Task;
            return Failure is null ? new Connection(this, topic.Name) : throw Failure;
        }

        private void Record(string call)
        {
            lock (_calls)
            {
                _calls.Add(call);
            }
        }

        private sealed class Connection(RecordingConnector owner, string topic) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                owner.Record($"disconnect {topic}");
                return ValueTask.CompletedTask;
            }
        }
    }
}
