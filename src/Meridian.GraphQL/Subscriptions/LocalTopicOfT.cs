namespace Meridian.Subscriptions;

/// <summary>A topic carrying <typeparamref name="TMessage"/>, fanning each event out to its local subscribers.</summary>
public sealed class LocalTopic<TMessage> : LocalTopic
{
    private readonly object _gate = new();
    private TopicSourceStream<TMessage>[] _subscribers = [];
    private bool _closed;

    internal LocalTopic(string name, TopicRegistry registry)
        : base(name, registry)
    {
    }

    public override Type MessageType => typeof(TMessage);

    public override int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    public override bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closed;
            }
        }
    }

    /// <summary>
    /// Hands <paramref name="message"/> to every local subscriber's buffer. It never waits: a full buffer applies
    /// its <see cref="SubscriptionBufferFullMode"/>. Events published one after another reach every subscriber in
    /// that order; concurrent publishers are ordered the same way for all subscribers.
    /// </summary>
    public void Publish(TMessage message)
    {
        var closedNow = false;
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            var subscribers = _subscribers;
            List<TopicSourceStream<TMessage>>? overflowed = null;
            foreach (var subscriber in subscribers)
            {
                if (!subscriber.TryWrite(message))
                {
                    (overflowed ??= []).Add(subscriber);
                }
            }

            if (overflowed is null)
            {
                return;
            }

            foreach (var subscriber in overflowed)
            {
                closedNow |= RemoveLocked(subscriber);
            }
        }

        if (closedNow)
        {
            OnClosed();
        }
    }

    public override void Complete()
    {
        TopicSourceStream<TMessage>[] subscribers;
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            subscribers = _subscribers;
            _subscribers = [];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Complete();
        }

        OnClosed();
    }

    internal override void PublishUntyped(object? message)
    {
        if (message is TMessage typed)
        {
            Publish(typed);
        }
        else if (message is null && default(TMessage) is null)
        {
            Publish(default!);
        }
        else
        {
            throw TopicMessageTypeMismatch.ForPublish(Name, typeof(TMessage), message?.GetType() ?? typeof(object));
        }
    }

    internal bool TryAdd(TopicSourceStream<TMessage> subscriber)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            _subscribers = [.. _subscribers, subscriber];
            return true;
        }
    }

    internal void Remove(TopicSourceStream<TMessage> subscriber)
    {
        bool closedNow;
        lock (_gate)
        {
            closedNow = RemoveLocked(subscriber);
        }

        if (closedNow)
        {
            OnClosed();
        }
    }

    private protected override ValueTask<IAsyncDisposable> ConnectCoreAsync(ITopicConnector connector) =>
        connector.ConnectAsync(this);

    /// <returns>Whether the topic closed because its last subscriber left.</returns>
    private bool RemoveLocked(TopicSourceStream<TMessage> subscriber)
    {
        var index = Array.IndexOf(_subscribers, subscriber);
        if (_closed || index < 0)
        {
            return false;
        }

        if (_subscribers.Length == 1)
        {
            // The last subscriber left: the topic closes now, so that an idle topic holds nothing.
            _subscribers = [];
            _closed = true;
            return true;
        }

        var remaining = new TopicSourceStream<TMessage>[_subscribers.Length - 1];
        Array.Copy(_subscribers, 0, remaining, 0, index);
        Array.Copy(_subscribers, index + 1, remaining, index, remaining.Length - index);
        _subscribers = remaining;
        return false;
    }
}
