namespace Booking.Domain.Errors;

/// <summary>The appointment, user or provider does not exist (or is not visible to the actor).</summary>
public sealed class NotFoundException(string message, Exception? innerException = null)
    : BookingException(BookingErrorCodes.NotFound, message, innerException);
