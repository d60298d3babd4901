namespace Booking.Domain.Scheduling.Slots;

/// <summary>UTC instants <c>[Start, End)</c> during which the zone's offset from UTC is <see cref="OffsetTicks"/>.</summary>
internal readonly record struct ZoneSegment(long Start, long End, long OffsetTicks);
