using Booking.Data;
using Booking.Data.Entities;
using Booking.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Availability;

/// <summary>
/// Keeps each provider's schedule in memory, keyed by the provider profile's version. Every schedule change goes
/// through <see cref="ScheduleService"/>, which advances that version in the same transaction, and every reader has
/// just read the profile from the database; so a cached schedule is used only while it is still current, on any
/// number of server instances. This saves three queries per reservation.
/// </summary>
public sealed class ProviderScheduleCache
{
    /// <summary>Local times are at most 14 hours from UTC; two days covers any zone and a day on either side.</summary>
    private static readonly TimeSpan LocalMargin = TimeSpan.FromDays(2);

    private readonly ProviderEntries<ProviderSchedule> _entries = new();

    /// <summary>
    /// What the slot generator needs about the provider for instants from <paramref name="from"/> on, with the busy
    /// intervals the caller loaded. <paramref name="provider"/> must have been read in the caller's transaction.
    /// </summary>
    internal async Task<ProviderAvailability> GetAvailabilityAsync(
        BookingDbContext db,
        ProviderProfile provider,
        DateTimeOffset from,
        DateTimeOffset now,
        IReadOnlyList<BusyInterval> busy,
        CancellationToken cancellationToken)
    {
        var schedule = await GetScheduleAsync(db, provider, from, now, cancellationToken);
        return new ProviderAvailability(
            AvailabilityMapping.ToSettings(provider), schedule.Rules, schedule.Exceptions, schedule.ManualSlots, busy);
    }

    private async Task<ProviderSchedule> GetScheduleAsync(
        BookingDbContext db, ProviderProfile provider, DateTimeOffset from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_entries.TryGet(provider.Id, out var cached) && cached.Version == provider.Version && cached.CoversFrom <= from)
        {
            return cached;
        }

        // Past ranges (rare: nothing there is bookable) are loaded as asked and not cached.
        var coversFrom = from < now - LocalMargin ? from : now - LocalMargin;
        var schedule = await LoadAsync(db, provider, coversFrom, cancellationToken);
        if (coversFrom == now - LocalMargin)
        {
            _entries.Store(provider.Id, schedule);
        }

        return schedule;
    }

    private static async Task<ProviderSchedule> LoadAsync(
        BookingDbContext db, ProviderProfile provider, DateTimeOffset coversFrom, CancellationToken cancellationToken)
    {
        var providerId = provider.Id;
        var rules = await db.WeeklyAvailabilityRules.AsNoTracking()
            .Where(rule => rule.ProviderId == providerId)
            .ToListAsync(cancellationToken);

        var localFrom = DateTime.SpecifyKind((coversFrom - LocalMargin).UtcDateTime, DateTimeKind.Unspecified);
        var exceptions = await db.AvailabilityExceptions.AsNoTracking()
            .Where(exception => exception.ProviderId == providerId && exception.LocalEnd > localFrom)
            .OrderBy(exception => exception.LocalStart)
            .ToListAsync(cancellationToken);

        var manualSlots = await db.ManualSlots.AsNoTracking()
            .Where(slot => slot.ProviderId == providerId && slot.End > coversFrom)
            .OrderBy(slot => slot.Start)
            .ToListAsync(cancellationToken);

        return new ProviderSchedule(
            provider.Version,
            coversFrom,
            rules.ConvertAll(AvailabilityMapping.ToRule),
            exceptions.ConvertAll(AvailabilityMapping.ToException),
            manualSlots.ConvertAll(AvailabilityMapping.ToManualSlot));
    }
}
