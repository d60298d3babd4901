namespace Booking.Domain.Reservations;

/// <summary>Move an active appointment to a new time; <paramref name="NewEnd"/> defaults to the same length.</summary>
public sealed record RescheduleRequest(
    Guid AppointmentId,
    DateTimeOffset NewStart,
    DateTimeOffset? NewEnd = null,
    string? Reason = null);
