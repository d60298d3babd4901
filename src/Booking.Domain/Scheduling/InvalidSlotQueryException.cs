namespace Booking.Domain.Scheduling;

/// <summary>
/// The slot query, the provider's settings or its availability cannot be used. <see cref="Code"/> is stable for
/// API errors (<c>extensions.code</c>); <see cref="Field"/> names the offending input.
/// </summary>
public sealed class InvalidSlotQueryException : Exception
{
    /// <summary>The stable error code of every invalid slot query.</summary>
    public const string ErrorCode = "INVALID_SLOT_QUERY";

    public InvalidSlotQueryException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public string Code => ErrorCode;

    /// <summary>The input at fault, as a camelCase path (for example <c>query.length</c>, <c>settings.timeZoneId</c>).</summary>
    public string Field { get; }
}
