namespace Booking.Domain;

/// <summary>Service-wide booking rules, bound from the <c>Booking</c> configuration section.</summary>
public sealed class BookingOptions
{
    public const string SectionName = "Booking";

    /// <summary>How many unconfirmed reservations one client may hold at once.</summary>
    public int MaxUnconfirmedHolds { get; set; } = 3;

    /// <summary>After this many no-shows a client is blocked from reserving until an admin unblocks them.</summary>
    public int NoShowsBeforeBlock { get; set; } = 3;

    /// <summary>How many lapsed holds the expiry sweep expires per transaction.</summary>
    public int ExpiryBatchSize { get; set; } = 200;
}
