using Booking.Data;
using Booking.Data.Entities;
using Booking.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Availability;

/// <summary>
/// Loads the schedule the slot generator needs about one provider for the instants [from, to): all weekly rules and
/// the exceptions and manual slots near the range; the caller supplies the busy intervals it has loaded.
/// </summary>
internal static class ProviderAvailabilityLoader
{
    /// <summary>Local times are at most 14 hours from UTC; two days covers any zone and a day on either side.</summary>
    private static readonly TimeSpan LocalMargin = TimeSpan.FromDays(2);

    public static async Task<ProviderAvailability> LoadAsync(
        BookingDbContext db,
        ProviderProfile provider,
        DateTimeOffset from,
        DateTimeOffset to,
        IReadOnlyList<BusyInterval> busy,
        CancellationToken cancellationToken)
    {
        var providerId = provider.Id;
        var rules = await db.WeeklyAvailabilityRules.AsNoTracking()
            .Where(rule => rule.ProviderId == providerId)
            .ToListAsync(cancellationToken);

        var localFrom = DateTime.SpecifyKind((from - LocalMargin).UtcDateTime, DateTimeKind.Unspecified);
        var localTo = DateTime.SpecifyKind((to + LocalMargin).UtcDateTime, DateTimeKind.Unspecified);
        var exceptions = await db.AvailabilityExceptions.AsNoTracking()
            .Where(exception => exception.ProviderId == providerId && exception.LocalEnd > localFrom && exception.LocalStart < localTo)
            .ToListAsync(cancellationToken);

        var manualSlots = await db.ManualSlots.AsNoTracking()
            .Where(slot => slot.ProviderId == providerId && slot.End > from && slot.Start < to)
            .ToListAsync(cancellationToken);

        return new ProviderAvailability(
            AvailabilityMapping.ToSettings(provider),
            rules.ConvertAll(AvailabilityMapping.ToRule),
            exceptions.ConvertAll(AvailabilityMapping.ToException),
            manualSlots.ConvertAll(AvailabilityMapping.ToManualSlot),
            busy);
    }
}
