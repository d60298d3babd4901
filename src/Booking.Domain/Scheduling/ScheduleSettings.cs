namespace Booking.Domain.Scheduling;

/// <summary>A provider's scheduling settings, as the slot generator needs them.</summary>
/// <param name="TimeZoneId">IANA time zone id (for example <c>Europe/Berlin</c>) in which weekly rules and exceptions are written.</param>
/// <param name="SlotStep">Distance between consecutive slot starts, in local time; at least one minute, at most one day.</param>
/// <param name="MinimumNotice">No slot starts earlier than <c>now + MinimumNotice</c>.</param>
/// <param name="BookingWindowDays">No slot starts later than <c>now + BookingWindowDays × 24 h</c>.</param>
/// <param name="BufferBefore">Free time every appointment needs before it (towards any other appointment).</param>
/// <param name="BufferAfter">Free time every appointment needs after it (towards any other appointment).</param>
public sealed record ScheduleSettings(
    string TimeZoneId,
    TimeSpan SlotStep,
    TimeSpan MinimumNotice,
    int BookingWindowDays,
    TimeSpan BufferBefore,
    TimeSpan BufferAfter);
