namespace Meridian.Subscriptions;

/// <summary>
/// The bounded buffer between a topic and one subscriber. Each subscriber has its own, so a subscriber that reads
/// slowly (or not at all) holds at most <see cref="Capacity"/> events and never delays the sender or other subscribers.
/// Buffers grow only as events wait in them: an idle subscription holds no event storage.
/// </summary>
public sealed record SubscriptionBufferOptions
{
    public const int DefaultCapacity = 64;

    private readonly int _capacity = DefaultCapacity;

    /// <summary>The default: 64 events, dropping the oldest when full.</summary>
    public static SubscriptionBufferOptions Default { get; } = new();

    /// <summary>The most events waiting for this subscriber; at least 1.</summary>
    public int Capacity
    {
        get => _capacity;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _capacity = value;
        }
    }

    /// <summary>What happens to an event that arrives while the buffer is full.</summary>
    public SubscriptionBufferFullMode FullMode { get; init; } = SubscriptionBufferFullMode.DropOldest;
}
