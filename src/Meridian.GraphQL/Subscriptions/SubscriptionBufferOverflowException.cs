namespace Meridian.Subscriptions;

/// <summary>
/// Ends a subscriber's stream when its buffer overflowed under <see cref="SubscriptionBufferFullMode.Close"/>.
/// </summary>
public sealed class SubscriptionBufferOverflowException : Exception
{
    public SubscriptionBufferOverflowException(string topic, int capacity)
        : base($"The subscriber to topic '{topic}' fell {capacity} events behind and was closed.")
    {
        Topic = topic;
        Capacity = capacity;
    }

    public string Topic { get; }

    public int Capacity { get; }
}
