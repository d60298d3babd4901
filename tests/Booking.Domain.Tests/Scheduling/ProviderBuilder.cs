using System.Globalization;
using Booking.Domain.Scheduling;

namespace Booking.Domain.Tests.Scheduling;

/// <summary>Builds a provider's availability for slot tests; defaults: 30-minute step, no notice, a year's window, no buffers.</summary>
internal sealed class ProviderBuilder(string timeZoneId)
{
    private readonly List<WeeklyAvailabilityRule> _rules = [];
    private readonly List<AvailabilityException> _exceptions = [];
    private readonly List<ManualSlot> _manualSlots = [];
    private readonly List<BusyInterval> _busy = [];
    private ScheduleSettings _settings = new(timeZoneId, TimeSpan.FromMinutes(30), TimeSpan.Zero, 365, TimeSpan.Zero, TimeSpan.Zero);

    public ProviderBuilder Step(int minutes) => With(_settings with { SlotStep = TimeSpan.FromMinutes(minutes) });

    public ProviderBuilder Notice(TimeSpan notice) => With(_settings with { MinimumNotice = notice });

    public ProviderBuilder WindowDays(int days) => With(_settings with { BookingWindowDays = days });

    public ProviderBuilder Buffers(int beforeMinutes, int afterMinutes) =>
        With(_settings with { BufferBefore = TimeSpan.FromMinutes(beforeMinutes), BufferAfter = TimeSpan.FromMinutes(afterMinutes) });

    public ProviderBuilder Weekly(DayOfWeek day, string start, string end)
    {
        _rules.Add(new WeeklyAvailabilityRule(day, TimeOnly.Parse(start, CultureInfo.InvariantCulture), TimeOnly.Parse(end, CultureInfo.InvariantCulture)));
        return this;
    }

    /// <summary>The same hours on every day of the week.</summary>
    public ProviderBuilder Daily(string start, string end)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            Weekly(day, start, end);
        }

        return this;
    }

    public ProviderBuilder TimeOff(string localStart, string localEnd) => Exception(localStart, localEnd, isAvailable: false);

    public ProviderBuilder ExtraHours(string localStart, string localEnd) => Exception(localStart, localEnd, isAvailable: true);

    public ProviderBuilder Manual(string start, string end)
    {
        _manualSlots.Add(new ManualSlot(Time.Instant(start), Time.Instant(end)));
        return this;
    }

    public ProviderBuilder Busy(string start, string end)
    {
        _busy.Add(new BusyInterval(Time.Instant(start), Time.Instant(end)));
        return this;
    }

    public ProviderAvailability Build() => new(_settings, [.. _rules], [.. _exceptions], [.. _manualSlots], [.. _busy]);

    private ProviderBuilder Exception(string localStart, string localEnd, bool isAvailable)
    {
        _exceptions.Add(new AvailabilityException(Time.Local(localStart), Time.Local(localEnd), isAvailable, isAvailable ? "extra" : "off"));
        return this;
    }

    private ProviderBuilder With(ScheduleSettings settings)
    {
        _settings = settings;
        return this;
    }
}
