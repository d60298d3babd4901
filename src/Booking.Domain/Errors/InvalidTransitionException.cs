namespace Booking.Domain.Errors;

/// <summary>The appointment's current status does not allow the requested change.</summary>
public sealed class InvalidTransitionException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.InvalidTransition, message, innerException);
