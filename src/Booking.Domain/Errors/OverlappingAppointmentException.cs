namespace Booking.Domain.Errors;

/// <summary>The client already has an active appointment overlapping the requested time.</summary>
public sealed class OverlappingAppointmentException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.OverlappingAppointment, message, innerException);
