namespace Booking.Domain.Errors;

/// <summary>The request itself is malformed (empty range, text too long, unknown time zone …).</summary>
public sealed class InvalidBookingRequestException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.InvalidRequest, message, innerException);
