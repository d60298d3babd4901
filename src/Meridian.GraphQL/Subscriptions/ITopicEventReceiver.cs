namespace Meridian.Subscriptions;

/// <summary>Subscribes to the events of a topic.</summary>
public interface ITopicEventReceiver
{
    /// <summary>
    /// Subscribes to <paramref name="topic"/>. Events sent after this call returns are delivered; disposing the
    /// returned stream unsubscribes. A topic carries one message type: subscribing with another type fails.
    /// </summary>
    /// <param name="topic">The topic name.</param>
    /// <param name="buffer">The subscriber's buffer; the receiver's default when null.</param>
    /// <param name="cancellationToken">Cancels the subscription while it is being established.</param>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic,
        SubscriptionBufferOptions? buffer = null,
        CancellationToken cancellationToken = default);
}
