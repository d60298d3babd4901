namespace Booking.Domain.Errors;

/// <summary>The client is blocked (too many no-shows) until an admin unblocks them.</summary>
public sealed class ClientBlockedException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.ClientBlocked, message, innerException);
