namespace Booking.Domain.Scheduling;

/// <summary>A one-off window of availability, <c>[Start, End)</c> as instants, added to the weekly hours.</summary>
public sealed record ManualSlot(DateTimeOffset Start, DateTimeOffset End);
