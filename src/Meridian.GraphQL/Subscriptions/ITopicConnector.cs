namespace Meridian.Subscriptions;

/// <summary>
/// Links the topics of a <see cref="TopicRegistry"/> to a transport that carries events between processes
/// (Redis, for example). The registry connects a topic when its first local subscriber arrives and disposes the
/// connection when the topic closes, so the transport holds one subscription per topic per process.
/// </summary>
public interface ITopicConnector
{
    /// <summary>
    /// Starts delivering the transport's events for <paramref name="topic"/> into it (through
    /// <see cref="LocalTopic{TMessage}.Publish"/> and <see cref="LocalTopic.Complete"/>). Subscribers wait for this
    /// to finish, so events sent after their subscription returns are not missed. The returned connection is
    /// disposed once, when the topic closes; disposing must not throw.
    /// </summary>
    ValueTask<IAsyncDisposable> ConnectAsync<TMessage>(LocalTopic<TMessage> topic);
}
