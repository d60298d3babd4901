namespace Booking.Domain.Errors;

/// <summary>Another change to the same record won a race; reload and try again.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.ConcurrencyConflict, message, innerException);
