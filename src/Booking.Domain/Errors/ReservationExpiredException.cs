namespace Booking.Domain.Errors;

/// <summary>The reservation's hold lapsed before it was confirmed; the slot has been released.</summary>
public sealed class ReservationExpiredException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.ReservationExpired, message, innerException);
