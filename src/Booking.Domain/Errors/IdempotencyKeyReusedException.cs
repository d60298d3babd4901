namespace Booking.Domain.Errors;

/// <summary>The client reused an idempotency key for a different reservation.</summary>
public sealed class IdempotencyKeyReusedException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.IdempotencyKeyReused, message, innerException);
