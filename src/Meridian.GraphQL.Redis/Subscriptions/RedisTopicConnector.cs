using Meridian.Subscriptions;

namespace Meridian.Redis.Subscriptions;

/// <summary>Subscribes a topic to its Redis channel when the topic gets its first local subscriber.</summary>
internal sealed class RedisTopicConnector(RedisPubSub owner) : ITopicConnector
{
    public async ValueTask<IAsyncDisposable> ConnectAsync<TMessage>(LocalTopic<TMessage> topic)
    {
        var multiplexer = await owner.GetMultiplexerAsync(CancellationToken.None);
        var binding = new RedisTopicBinding<TMessage>(owner, topic, owner.ChannelOf(topic.Name), multiplexer.GetSubscriber());
        await binding.AttachAsync();
        owner.Remember(binding);
        return binding;
    }
}
