namespace Meridian.Subscriptions;

/// <summary>Publishes events to the subscribers of a topic, wherever they are connected.</summary>
public interface ITopicEventSender
{
    /// <summary>
    /// Sends <paramref name="message"/> to every current subscriber of <paramref name="topic"/>. Delivery is
    /// best-effort and at-most-once: subscribers that join later do not see it, and a subscriber whose buffer is full
    /// loses events as its <see cref="SubscriptionBufferFullMode"/> says. A slow subscriber never slows the sender.
    /// </summary>
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>Ends the stream of every subscriber of <paramref name="topic"/> once it has read what was already sent.</summary>
    ValueTask CompleteAsync(string topic);
}
