namespace Booking.Domain.Scheduling;

/// <summary>
/// A one-off change to the weekly hours, in the provider's local time, <c>[LocalStart, LocalEnd)</c>.
/// </summary>
/// <remarks>
/// The values are local clock readings: <see cref="DateTime.Kind"/> is ignored (callers pass
/// <see cref="DateTimeKind.Unspecified"/>). <c>IsAvailable == false</c> is time off, subtracted from the weekly
/// hours; <c>IsAvailable == true</c> is extra hours, added (also over time off). A whole day off is
/// <c>LocalStart = date 00:00</c>, <c>LocalEnd = next date 00:00</c>. The range may span midnight and several days.
/// </remarks>
public sealed record AvailabilityException(DateTime LocalStart, DateTime LocalEnd, bool IsAvailable, string? Reason);
