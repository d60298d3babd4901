namespace Booking.Domain.Errors;

/// <summary>The actor may not do this to this appointment or account.</summary>
public sealed class NotAllowedException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.NotAllowed, message, innerException);
