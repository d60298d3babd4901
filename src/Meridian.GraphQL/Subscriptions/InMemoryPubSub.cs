namespace Meridian.Subscriptions;

/// <summary>
/// Topic pub/sub inside one process: the embedded default. Sending fans out to the current subscribers' buffers
/// without waiting for any of them.
/// </summary>
public sealed class InMemoryPubSub : ITopicEventSender, ITopicEventReceiver
{
    public InMemoryPubSub(SubscriptionBufferOptions? defaultBuffer = null)
    {
        Topics = new TopicRegistry(defaultBuffer);
    }

    /// <summary>The topics that have subscribers now.</summary>
    public TopicRegistry Topics { get; }

    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Topics.Publish(topic, message);
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(string topic)
    {
        Topics.Complete(topic);
        return ValueTask.CompletedTask;
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic,
        SubscriptionBufferOptions? buffer = null,
        CancellationToken cancellationToken = default) =>
        Topics.SubscribeAsync<TMessage>(topic, buffer, cancellationToken);
}
