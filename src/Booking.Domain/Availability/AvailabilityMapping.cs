using Booking.Data.Entities;
using Booking.Domain.Scheduling;
using AvailabilityExceptionEntity = Booking.Data.Entities.AvailabilityException;
using ManualSlotEntity = Booking.Data.Entities.ManualSlot;
using WeeklyRuleEntity = Booking.Data.Entities.WeeklyAvailabilityRule;

namespace Booking.Domain.Availability;

/// <summary>Maps stored availability to the slot generator's inputs and back.</summary>
public static class AvailabilityMapping
{
    public static ScheduleSettings ToSettings(ProviderProfile profile) => new(
        profile.TimeZoneId,
        profile.SlotStep,
        profile.MinimumNotice,
        profile.BookingWindowDays,
        profile.BufferBefore,
        profile.BufferAfter);

    /// <summary>Minutes 0–1440 to the generator's form, where a rule ending at midnight ends at 00:00.</summary>
    public static Scheduling.WeeklyAvailabilityRule ToRule(WeeklyRuleEntity rule) => new(
        rule.Day,
        MinuteToTime(rule.StartMinute),
        MinuteToTime(rule.EndMinute));

    public static WeeklyRuleEntity ToEntity(Guid providerId, Scheduling.WeeklyAvailabilityRule rule) => new()
    {
        ProviderId = providerId,
        Day = rule.Day,
        StartMinute = TimeToMinute(rule.Start),
        EndMinute = rule.EndsAtMidnight ? WeeklyRuleEntity.MinutesPerDay : TimeToMinute(rule.End),
    };

    public static Scheduling.AvailabilityException ToException(AvailabilityExceptionEntity exception) => new(
        DateTime.SpecifyKind(exception.LocalStart, DateTimeKind.Unspecified),
        DateTime.SpecifyKind(exception.LocalEnd, DateTimeKind.Unspecified),
        exception.IsAvailable,
        exception.Reason);

    public static AvailabilityExceptionEntity ToEntity(Guid providerId, Scheduling.AvailabilityException exception) => new()
    {
        ProviderId = providerId,
        LocalStart = DateTime.SpecifyKind(exception.LocalStart, DateTimeKind.Unspecified),
        LocalEnd = DateTime.SpecifyKind(exception.LocalEnd, DateTimeKind.Unspecified),
        IsAvailable = exception.IsAvailable,
        Reason = exception.Reason,
    };

    public static Scheduling.ManualSlot ToManualSlot(ManualSlotEntity slot) => new(slot.Start, slot.End);

    public static ManualSlotEntity ToEntity(Guid providerId, Scheduling.ManualSlot slot) => new()
    {
        ProviderId = providerId,
        Start = slot.Start.ToUniversalTime(),
        End = slot.End.ToUniversalTime(),
    };

    private static TimeOnly MinuteToTime(int minute) =>
        minute >= WeeklyRuleEntity.MinutesPerDay ? TimeOnly.MinValue : new TimeOnly(minute / 60, minute % 60);

    private static int TimeToMinute(TimeOnly time) => (time.Hour * 60) + time.Minute;
}
