namespace Booking.Domain.Scheduling;

/// <summary>
/// Recurring weekly working hours in the provider's local time, <c>[Start, End)</c>.
/// </summary>
/// <remarks>
/// A rule that runs to midnight is written with <c>End == TimeOnly.MinValue</c> (00:00), read as 24:00 of the same
/// day; <c>Start == End == 00:00</c> is the whole day. Otherwise <c>Start</c> must be before <c>End</c>: hours past
/// midnight belong to the next day's rule (22:00–00:00 on Monday plus 00:00–02:00 on Tuesday), and such touching
/// rules merge into one continuous window. Several rules per day are allowed; overlapping rules merge.
/// </remarks>
public sealed record WeeklyAvailabilityRule(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    /// <summary>True when the rule ends at the midnight that closes its day (written as <c>End == 00:00</c>).</summary>
    public bool EndsAtMidnight => End == TimeOnly.MinValue;
}
