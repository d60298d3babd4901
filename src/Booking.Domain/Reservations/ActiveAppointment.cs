using Booking.Data.Entities;

namespace Booking.Domain.Reservations;

/// <summary>
/// A read-only view of an appointment in an active status (reserved or confirmed), which may still be a hold that
/// has lapsed: enough to check a new claim on the time against it.
/// </summary>
internal sealed record ActiveAppointment(
    Guid Id,
    Guid ProviderId,
    Guid ClientId,
    DateTimeOffset Start,
    DateTimeOffset End,
    AppointmentStatus Status,
    DateTimeOffset? HoldExpiresAt)
{
    /// <summary>Confirmed, or a hold that has not lapsed at <paramref name="now"/>.</summary>
    public bool IsLiveAt(DateTimeOffset now) =>
        Status == AppointmentStatus.Confirmed || HoldExpiresAt > now;

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && End > start;
}
