namespace Meridian.Subscriptions;

/// <summary>
/// The events of one subscription, untyped, as the executor reads them to map each event to a response.
/// Disposing unsubscribes and ends the stream; it never blocks.
/// </summary>
public interface ISourceStream : IAsyncDisposable
{
    /// <summary>
    /// Reads events in the order they were sent until the topic completes or the stream is disposed. The sequence
    /// can be enumerated by one reader at a time; cancel it with <c>WithCancellation</c>.
    /// </summary>
    IAsyncEnumerable<object?> ReadEventsAsync();
}
