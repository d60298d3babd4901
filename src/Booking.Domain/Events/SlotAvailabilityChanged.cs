namespace Booking.Domain.Events;

/// <summary>
/// Free slots of <paramref name="ProviderId"/> may have changed between <paramref name="Start"/> and
/// <paramref name="End"/> (UTC, widened by the provider's buffers): subscribers re-read slots in that range.
/// </summary>
public sealed record SlotAvailabilityChanged(Guid ProviderId, DateTimeOffset Start, DateTimeOffset End) : DomainEvent;
