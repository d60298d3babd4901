namespace Booking.Domain.Errors;

/// <summary>The requested time is not free: outside the provider's availability, taken, or inside the notice or beyond the window.</summary>
public sealed class SlotUnavailableException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.SlotUnavailable, message, innerException);
