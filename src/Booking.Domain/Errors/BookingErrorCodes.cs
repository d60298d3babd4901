namespace Booking.Domain.Errors;

/// <summary>The stable <c>extensions.code</c> of every booking rule violation, defined once each.</summary>
public static class BookingErrorCodes
{
    public const string SlotUnavailable = "SLOT_UNAVAILABLE";
    public const string ReservationExpired = "RESERVATION_EXPIRED";
    public const string NotAllowed = "NOT_ALLOWED";
    public const string NotFound = "NOT_FOUND";
    public const string TooManyHolds = "TOO_MANY_HOLDS";
    public const string ClientBlocked = "CLIENT_BLOCKED";
    public const string OverlappingAppointment = "OVERLAPPING_APPOINTMENT";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string CancellationTooLate = "CANCELLATION_TOO_LATE";
    public const string AppointmentNotStarted = "APPOINTMENT_NOT_STARTED";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string InvalidRequest = "INVALID_BOOKING_REQUEST";
    public const string EmailTaken = "EMAIL_TAKEN";
}
