namespace Booking.Domain.Scheduling.Slots;

/// <summary>Integer division that rounds towards negative or positive infinity, for grid and day arithmetic on ticks.</summary>
internal static class TickMath
{
    public static long FloorDiv(long value, long divisor) =>
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);

    public static long CeilDiv(long value, long divisor) =>
        value >= 0 ? (value + divisor - 1) / divisor : -(-value / divisor);

    /// <summary>The day number (days since 0001-01-01, as <see cref="DateOnly.DayNumber"/>) of a local clock reading.</summary>
    public static long DayOf(long localTicks) => FloorDiv(localTicks, TimeSpan.TicksPerDay);
}
