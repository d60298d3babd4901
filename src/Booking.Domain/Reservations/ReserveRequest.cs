namespace Booking.Domain.Reservations;

/// <summary>
/// A client's request to hold a provider's time. <paramref name="End"/> defaults to the provider's appointment
/// length; <paramref name="IdempotencyKey"/> makes a retried request return the appointment the first one created.
/// </summary>
public sealed record ReserveRequest(
    Guid ProviderId,
    DateTimeOffset Start,
    DateTimeOffset? End = null,
    string? Notes = null,
    string? IdempotencyKey = null);
