using Booking.Domain.Errors;
using Booking.Domain.Scheduling;

namespace Booking.Domain.Availability;

/// <summary>Refuses settings the slot generator or the rules could not work with, naming the offending one.</summary>
internal static class ProviderSettingsValidator
{
    private static readonly TimeSpan OneMinute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan OneDay = SlotLimits.MaxDuration;
    private static readonly TimeSpan OneYear = TimeSpan.FromDays(366);

    public static void Validate(ProviderSettings settings)
    {
        if (!ProviderTimeZones.IsKnown(settings.TimeZoneId))
        {
            throw new InvalidBookingRequestException($"'{settings.TimeZoneId}' is not a known IANA time zone.");
        }

        Require(settings.SlotStep >= OneMinute && settings.SlotStep <= OneDay && WholeMinutes(settings.SlotStep), "slot step", "whole minutes from 1 minute to 1 day");
        Require(settings.DefaultAppointmentLength >= OneMinute && settings.DefaultAppointmentLength <= OneDay && WholeMinutes(settings.DefaultAppointmentLength), "default appointment length", "whole minutes from 1 minute to 1 day");
        Require(settings.MinimumNotice >= TimeSpan.Zero && settings.MinimumNotice <= SlotLimits.MaxMinimumNotice, "minimum notice", $"between 0 and {SlotLimits.MaxBookingWindowDays} days");
        Require(settings.BookingWindowDays >= 0 && settings.BookingWindowDays <= SlotLimits.MaxBookingWindowDays, "booking window", $"between 0 and {SlotLimits.MaxBookingWindowDays} days");
        Require(settings.BufferBefore >= TimeSpan.Zero && settings.BufferBefore <= OneDay, "buffer before", "between 0 and 1 day");
        Require(settings.BufferAfter >= TimeSpan.Zero && settings.BufferAfter <= OneDay, "buffer after", "between 0 and 1 day");
        Require(settings.HoldGracePeriod >= OneMinute && settings.HoldGracePeriod <= OneDay, "hold grace period", "between 1 minute and 1 day");
        Require(settings.CancellationCutoff >= TimeSpan.Zero && settings.CancellationCutoff <= OneYear, "cancellation cut-off", "between 0 and 366 days");
        if (settings.Description.Length > 4000)
        {
            throw new InvalidBookingRequestException("The description may be at most 4000 characters long.");
        }
    }

    private static bool WholeMinutes(TimeSpan value) => value.Ticks % TimeSpan.TicksPerMinute == 0;

    private static void Require(bool condition, string name, string range)
    {
        if (!condition)
        {
            throw new InvalidBookingRequestException($"The {name} must be {range}.");
        }
    }
}
