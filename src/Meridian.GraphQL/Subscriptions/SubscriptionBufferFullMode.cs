namespace Meridian.Subscriptions;

/// <summary>What happens when an event arrives for a subscriber whose buffer is full.</summary>
public enum SubscriptionBufferFullMode
{
    /// <summary>The oldest buffered event is dropped to make room: the subscriber sees the latest state.</summary>
    DropOldest,

    /// <summary>The newest buffered event is dropped to make room for the arriving one.</summary>
    DropNewest,

    /// <summary>The arriving event is dropped: the subscriber keeps what it had buffered.</summary>
    DropWrite,

    /// <summary>
    /// The subscriber is cut off: it reads what it had buffered, then its stream ends with a
    /// <see cref="SubscriptionBufferOverflowException"/>, so that it knows it missed events.
    /// </summary>
    Close,
}
