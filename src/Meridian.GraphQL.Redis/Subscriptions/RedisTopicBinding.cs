using Meridian.Subscriptions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Meridian.Redis.Subscriptions;

/// <summary>
/// One local topic's subscription to its Redis channel: the only one this process holds for that topic, however many
/// local subscribers it has. Each frame is read (and an event deserialized) once here, then fanned out locally.
/// </summary>
internal sealed class RedisTopicBinding<TMessage> : IRedisTopicBinding, IAsyncDisposable
{
    private readonly RedisPubSub _owner;
    private readonly LocalTopic<TMessage> _topic;
    private readonly ISubscriber _subscriber;
    private readonly Action<RedisChannel, RedisValue> _handler;

    // Serializes attach, re-attach and detach, so that a repair can never re-subscribe a topic that just closed.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _detached;

    public RedisTopicBinding(RedisPubSub owner, LocalTopic<TMessage> topic, RedisChannel channel, ISubscriber subscriber)
    {
        _owner = owner;
        _topic = topic;
        _subscriber = subscriber;
        Channel = channel;
        _handler = OnFrame;
    }

    public RedisChannel Channel { get; }

    public bool IsDetached => Volatile.Read(ref _detached);

    public async Task AttachAsync()
    {
        try
        {
            await _subscriber.SubscribeAsync(Channel, _handler);
        }
        catch
        {
            // The client may have recorded the handler before the command failed: drop it, or it would be re-subscribed later.
            _ = Task.Run(DetachAsync);
            throw;
        }
    }

    public async Task ReattachAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_detached)
            {
                return;
            }

            try
            {
                // The client sends SUBSCRIBE only for a channel it has no handler for: forget ours first.
                await _subscriber.UnsubscribeAsync(Channel, _handler);
            }
            catch (Exception exception)
            {
                _owner.Logger.LogDebug(exception, "Dropping the lost subscription to Redis channel {Channel} failed.", (string?)Channel);
            }

            await _subscriber.SubscribeAsync(Channel, _handler);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Called when the local topic closes. Unsubscribes in the background: it never blocks the caller.</summary>
    public ValueTask DisposeAsync()
    {
        _owner.Forget(this);
        _ = Task.Run(DetachAsync);
        return ValueTask.CompletedTask;
    }

    private async Task DetachAsync()
    {
        await _gate.WaitAsync();
        try
        {
            Volatile.Write(ref _detached, true);
            await _subscriber.UnsubscribeAsync(Channel, _handler);
        }
        catch (Exception exception)
        {
            // The client forgets the handler before it sends UNSUBSCRIBE, so a failed send cannot be re-subscribed
            // on reconnect; Redis drops the channel when this connection closes.
            _owner.Logger.LogWarning(exception, "Unsubscribing from Redis channel {Channel} failed.", (string?)Channel);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void OnFrame(RedisChannel channel, RedisValue value)
    {
        byte[]? frame = value;
        if (frame is not { Length: > 0 })
        {
            _owner.Logger.LogWarning("Ignored an empty frame on Redis channel {Channel}.", (string?)channel);
            return;
        }

        try
        {
            switch (frame[0])
            {
                case RedisFrame.Message:
                    _topic.Publish(_owner.Serializer.Deserialize<TMessage>(frame.AsSpan(1)));
                    break;
                case RedisFrame.Completion:
                    _topic.Complete();
                    break;
                case RedisFrame.Probe:
                    _owner.OnProbe(frame);
                    break;
                default:
                    _owner.Logger.LogWarning("Ignored a frame of unknown kind {Kind} on Redis channel {Channel}.", frame[0], (string?)channel);
                    break;
            }
        }
        catch (Exception exception)
        {
            // One unreadable event must not end the topic or reach the Redis client's thread.
            _owner.Logger.LogWarning(
                exception,
                "Dropped an event on topic '{Topic}' that could not be read as {MessageType}.",
                _topic.Name,
                typeof(TMessage).FullName);
        }
    }
}
