namespace Booking.Domain.Scheduling;

/// <summary>
/// An active appointment, <c>[Start, End)</c> as instants, without buffers: the generator applies
/// <see cref="ScheduleSettings.BufferBefore"/> and <see cref="ScheduleSettings.BufferAfter"/>.
/// </summary>
public sealed record BusyInterval(DateTimeOffset Start, DateTimeOffset End);
