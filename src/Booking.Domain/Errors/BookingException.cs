namespace Booking.Domain.Errors;

/// <summary>
/// A booking rule refused an operation. <see cref="Code"/> is stable (the API's <c>extensions.code</c>); the message
/// is for people and may change.
/// </summary>
public abstract class BookingException(string code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Code { get; } = code;
}
