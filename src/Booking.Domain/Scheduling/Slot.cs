namespace Booking.Domain.Scheduling;

/// <summary>
/// A free slot. <see cref="Start"/> and <see cref="End"/> are UTC (offset zero); <see cref="LocalStart"/> and
/// <see cref="LocalEnd"/> are the same instants with the provider's local offset at each, for display (they differ
/// when the slot crosses a DST transition). <c>End - Start</c> is always the requested length.
/// </summary>
/// <remarks>A value type: a month of slots is one array, not one object per slot.</remarks>
public readonly record struct Slot(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset LocalStart, DateTimeOffset LocalEnd);
