namespace Booking.Data.Entities;

/// <summary>
/// Recurring working hours on one day of the week, in the provider's time zone. Times are minutes after local
/// midnight, so that an end of 24:00 (1440) is expressible; a day may have several rules.
/// </summary>
public sealed class WeeklyAvailabilityRule : IProviderScheduleEntry
{
    public const int MinutesPerDay = 24 * 60;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProviderId { get; set; }

    public DayOfWeek Day { get; set; }

    /// <summary>Local start, minutes after midnight (0–1439).</summary>
    public int StartMinute { get; set; }

    /// <summary>Local end, minutes after midnight (1–1440), after <see cref="StartMinute"/>.</summary>
    public int EndMinute { get; set; }
}
