namespace Booking.Domain.Scheduling;

/// <summary>
/// Slots of <paramref name="Length"/> (real elapsed time) starting on the provider-local dates
/// <c>From</c>..<c>To</c>, both inclusive.
/// </summary>
public sealed record SlotQuery(DateOnly From, DateOnly To, TimeSpan Length);
