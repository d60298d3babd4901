namespace Booking.GraphQL.Schema;

/// <summary>How this instance delivers subscription events, as configured at start-up.</summary>
public sealed record ServerTransport(string SubscriptionTransport)
{
    public static ServerTransport InProcess { get; } = new("in-process");

    public static ServerTransport Redis { get; } = new("redis");
}
