namespace Booking.Domain.Errors;

/// <summary>The client already holds the maximum number of unconfirmed reservations.</summary>
public sealed class TooManyHoldsException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.TooManyHolds, message, innerException);
