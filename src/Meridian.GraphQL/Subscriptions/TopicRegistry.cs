using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Meridian.Subscriptions;

/// <summary>
/// The topics that have subscribers in this process, each fanning events out to its local subscribers. The in-process
/// pub/sub publishes straight into it; a transport (Redis) publishes into it what it receives, through an
/// <see cref="ITopicConnector"/> that the registry calls once per topic.
/// </summary>
public sealed class TopicRegistry
{
    private readonly ConcurrentDictionary<string, LocalTopic> _topics = new(StringComparer.Ordinal);
    private readonly ITopicConnector? _connector;

    public TopicRegistry(
        SubscriptionBufferOptions? defaultBuffer = null,
        ITopicConnector? connector = null,
        ILogger? logger = null)
    {
        DefaultBuffer = defaultBuffer ?? SubscriptionBufferOptions.Default;
        _connector = connector;
        Logger = logger ?? NullLogger.Instance;
    }

    public SubscriptionBufferOptions DefaultBuffer { get; }

    /// <summary>How many topics have local subscribers now.</summary>
    public int TopicCount => _topics.Count;

    internal ILogger Logger { get; }

    /// <summary>The number of local subscribers of <paramref name="topic"/>; 0 when it has none.</summary>
    public int GetSubscriberCount(string topic) =>
        _topics.TryGetValue(topic, out var local) ? local.SubscriberCount : 0;

    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic,
        SubscriptionBufferOptions? buffer = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        cancellationToken.ThrowIfCancellationRequested();
        buffer ??= DefaultBuffer;

        while (true)
        {
            var (local, opened) = GetOrOpen<TMessage>(topic);
            var subscriber = new TopicSourceStream<TMessage>(local, buffer);
            var joined = local.TryAdd(subscriber);
            if (opened)
            {
                // Connect only once the opener has joined, so that a connection failing at once fails this subscriber
                // instead of closing an empty topic that the next attempt would open and fail again.
                _ = local.ConnectAsync(_connector);
            }

            if (!joined)
            {
                // The topic closed between lookup and joining (its last subscriber left, or it completed): open anew.
                continue;
            }

            try
            {
                await local.WhenConnected.WaitAsync(cancellationToken);
            }
            catch
            {
                await subscriber.DisposeAsync();
                throw;
            }

            return subscriber;
        }
    }

    /// <summary>Fans <paramref name="message"/> out to the local subscribers of <paramref name="topic"/>.</summary>
    /// <returns>Whether the topic had local subscribers.</returns>
    public bool Publish<TMessage>(string topic, TMessage message)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        if (!_topics.TryGetValue(topic, out var local))
        {
            return false;
        }

        if (local is LocalTopic<TMessage> typed)
        {
            typed.Publish(message);
        }
        else
        {
            local.PublishUntyped(message);
        }

        return true;
    }

    /// <summary>Completes <paramref name="topic"/> for its local subscribers.</summary>
    /// <returns>Whether the topic had local subscribers.</returns>
    public bool Complete(string topic)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        if (!_topics.TryGetValue(topic, out var local))
        {
            return false;
        }

        local.Complete();
        return true;
    }

    /// <summary>Completes every topic, for example when the process shuts down.</summary>
    public void CompleteAll()
    {
        foreach (var local in _topics.Values)
        {
            local.Complete();
        }
    }

    /// <summary>Removes a closed topic, and only that instance: a new topic of the same name may already be open.</summary>
    internal void Forget(LocalTopic topic) =>
        _topics.TryRemove(new KeyValuePair<string, LocalTopic>(topic.Name, topic));

    private (LocalTopic<TMessage> Topic, bool Opened) GetOrOpen<TMessage>(string topic)
    {
        while (true)
        {
            if (_topics.TryGetValue(topic, out var existing))
            {
                return (existing as LocalTopic<TMessage>
                    ?? throw TopicMessageTypeMismatch.ForSubscribe(topic, existing.MessageType, typeof(TMessage)), false);
            }

            var opened = new LocalTopic<TMessage>(topic, this);
            if (_topics.TryAdd(topic, opened))
            {
                return (opened, true);
            }
        }
    }
}
