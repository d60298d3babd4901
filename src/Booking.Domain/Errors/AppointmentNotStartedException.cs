namespace Booking.Domain.Errors;

/// <summary>An appointment can be marked completed or no-show only once it has started.</summary>
public sealed class AppointmentNotStartedException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.AppointmentNotStarted, message, innerException);
