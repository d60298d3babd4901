using NodaTime;

namespace Booking.Domain.Scheduling.Slots;

/// <summary>Checks the generator's inputs against <see cref="SlotLimits"/> and resolves the provider's zone.</summary>
internal static class SlotInputValidator
{
    /// <summary>Validates settings and availability data; returns the provider's time zone.</summary>
    public static DateTimeZone ValidateAvailability(ProviderAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var settings = availability.Settings ?? throw Invalid("settings", "Settings are required.");
        var zone = ProviderTimeZones.Find(settings.TimeZoneId)
            ?? throw Invalid("settings.timeZoneId", $"Unknown IANA time zone id '{settings.TimeZoneId}'.");
        if (settings.SlotStep < SlotLimits.MinSlotStep || settings.SlotStep > SlotLimits.MaxDuration)
        {
            throw Invalid("settings.slotStep", "The slot step must be between one minute and one day.");
        }

        if (settings.MinimumNotice < TimeSpan.Zero || settings.MinimumNotice > SlotLimits.MaxMinimumNotice)
        {
            throw Invalid("settings.minimumNotice", "The minimum notice must be between zero and ten years.");
        }

        if (settings.BookingWindowDays < 0 || settings.BookingWindowDays > SlotLimits.MaxBookingWindowDays)
        {
            throw Invalid("settings.bookingWindowDays", $"The booking window must be between 0 and {SlotLimits.MaxBookingWindowDays} days.");
        }

        ValidateBuffer(settings.BufferBefore, "settings.bufferBefore");
        ValidateBuffer(settings.BufferAfter, "settings.bufferAfter");
        ValidateRules(availability.Rules);
        ValidateExceptions(availability.Exceptions);
        ValidateInstantRanges(availability.ManualSlots, static slot => (slot.Start, slot.End), "availability.manualSlots");
        ValidateInstantRanges(availability.Busy, static busy => (busy.Start, busy.End), "availability.busy");
        return zone;
    }

    public static void ValidateQuery(SlotQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ValidateLength(query.Length, "query.length");
        if (query.From < SlotLimits.MinDate || query.To > SlotLimits.MaxDate)
        {
            throw Invalid("query.from", $"Dates must lie between {SlotLimits.MinDate:yyyy-MM-dd} and {SlotLimits.MaxDate:yyyy-MM-dd}.");
        }

        if (query.From > query.To)
        {
            throw Invalid("query.to", "The last date must not be before the first.");
        }

        if (query.To.DayNumber - query.From.DayNumber + 1 > SlotLimits.MaxQueryDays)
        {
            throw Invalid("query.to", $"A query spans at most {SlotLimits.MaxQueryDays} days.");
        }
    }

    public static void ValidateLength(TimeSpan length, string field)
    {
        if (length <= TimeSpan.Zero || length > SlotLimits.MaxDuration)
        {
            throw Invalid(field, "The slot length must be positive and at most one day.");
        }
    }

    public static InvalidSlotQueryException Invalid(string field, string message) => new(field, message);

    private static void ValidateBuffer(TimeSpan buffer, string field)
    {
        if (buffer < TimeSpan.Zero || buffer > SlotLimits.MaxDuration)
        {
            throw Invalid(field, "A buffer must be between zero and one day.");
        }
    }

    private static void ValidateRules(IReadOnlyList<WeeklyAvailabilityRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i] ?? throw Invalid($"availability.rules[{i}]", "A rule must not be null.");
            if ((uint)rule.Day > (uint)DayOfWeek.Saturday)
            {
                throw Invalid($"availability.rules[{i}].day", $"'{rule.Day}' is not a day of the week.");
            }

            if (!rule.EndsAtMidnight && rule.End <= rule.Start)
            {
                throw Invalid(
                    $"availability.rules[{i}].end",
                    "A rule must end after it starts; 00:00 ends it at midnight. Split hours past midnight into the next day's rule.");
            }
        }
    }

    private static void ValidateExceptions(IReadOnlyList<AvailabilityException> exceptions)
    {
        ArgumentNullException.ThrowIfNull(exceptions);
        for (var i = 0; i < exceptions.Count; i++)
        {
            var exception = exceptions[i] ?? throw Invalid($"availability.exceptions[{i}]", "An exception must not be null.");
            if (exception.LocalEnd <= exception.LocalStart)
            {
                throw Invalid($"availability.exceptions[{i}].localEnd", "An exception must end after it starts.");
            }
        }
    }

    private static void ValidateInstantRanges<T>(IReadOnlyList<T> items, Func<T, (DateTimeOffset Start, DateTimeOffset End)> range, string field)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? throw Invalid($"{field}[{i}]", "An entry must not be null.");
            var (start, end) = range(item);
            if (end <= start)
            {
                throw Invalid($"{field}[{i}].end", "An entry must end after it starts.");
            }
        }
    }
}
