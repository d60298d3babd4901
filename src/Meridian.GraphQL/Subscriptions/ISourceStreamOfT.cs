namespace Meridian.Subscriptions;

/// <summary>The events of one subscription to a topic carrying <typeparamref name="TMessage"/>.</summary>
public interface ISourceStream<out TMessage> : ISourceStream
{
    /// <inheritdoc cref="ISourceStream.ReadEventsAsync"/>
    new IAsyncEnumerable<TMessage> ReadEventsAsync();
}
