namespace Booking.Domain.Errors;

/// <summary>Another account already uses this e-mail address (compared case-insensitively).</summary>
public sealed class EmailTakenException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.EmailTaken, message, innerException);
