namespace Booking.Domain.Errors;

/// <summary>A client may cancel or reschedule a confirmed appointment only until the provider's cancellation cut-off.</summary>
public sealed class CancellationTooLateException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.CancellationTooLate, message, innerException);
