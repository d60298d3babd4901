namespace Meridian.Subscriptions;

/// <summary>A topic carrying <typeparamref name="TMessage"/>, fanning each event out to its local subscribers.</summary>
public sealed class LocalTopic<TMessage> : LocalTopic
{
    private readonly object _gate = new();
    // Publishing holds the lock anyway (one order for all subscribers), so a plain list with O(1) removal serves
    // better than a copy-on-write array, which would make each join and leave of a busy topic O(subscribers).
    private readonly List<TopicSourceStream<TMessage>> _subscribers = [];
    private int _count;
    private bool _closed;

    internal LocalTopic(string name, TopicRegistry registry)
        : base(name, registry)
    {
    }

    public override Type MessageType => typeof(TMessage);

    public override int SubscriberCount => Volatile.Read(ref _count);

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

            List<TopicSourceStream<TMessage>>? overflowed = null;
            foreach (var subscriber in _subscribers)
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
            subscribers = [.. _subscribers];
            _subscribers.Clear();
            Volatile.Write(ref _count, 0);
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

            subscriber.Slot = _subscribers.Count;
            _subscribers.Add(subscriber);
            Volatile.Write(ref _count, _subscribers.Count);
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
        var slot = subscriber.Slot;
        if (_closed || slot < 0 || slot >= _subscribers.Count || !ReferenceEquals(_subscribers[slot], subscriber))
        {
            return false;
        }

        // Move the last subscriber into the freed slot: order between subscribers means nothing.
        var last = _subscribers[^1];
        _subscribers[slot] = last;
        last.Slot = slot;
        _subscribers.RemoveAt(_subscribers.Count - 1);
        subscriber.Slot = -1;
        Volatile.Write(ref _count, _subscribers.Count);
        if (_subscribers.Count > 0)
        {
            return false;
        }

        // The last subscriber left: the topic closes now, so that an idle topic holds nothing.
        _closed = true;
        return true;
    }
}
