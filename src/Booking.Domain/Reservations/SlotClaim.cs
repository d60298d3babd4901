using Booking.Data.Entities;
using Booking.Domain.Availability;
using Booking.Domain.Errors;
using Booking.Domain.Lifecycle;
using Booking.Domain.Persistence;
using Booking.Domain.Scheduling;

namespace Booking.Domain.Reservations;

/// <summary>
/// Everything a claim on [start, end) of a provider's time for a client must pass, inside the operation's
/// transaction: lapsed holds in the way are expired first (so they never block), then the client's hold limit and
/// overlap, then the provider's time. The overlap checks here are what keep SQLite (one writer at a time) from double
/// booking; on PostgreSQL the exclusion constraint backs them up against concurrent transactions.
/// </summary>
internal static class SlotClaim
{
    /// <summary>How far around the claim schedule data is loaded: a local day on either side covers every zone.</summary>
    private static readonly TimeSpan ScheduleMargin = TimeSpan.FromDays(1);

    public static async Task CheckAsync(
        BookingOperation operation,
        ISlotGenerator generator,
        ProviderScheduleCache schedules,
        ProviderProfile provider,
        Guid clientId,
        DateTimeOffset start,
        DateTimeOffset end,
        Guid? replacedAppointmentId,
        int? maxHolds)
    {
        if (provider.BufferBefore + provider.BufferAfter > TimeSpan.Zero)
        {
            await RowLocks.LockProviderAsync(operation.Db, provider.Id, operation.CancellationToken);
        }

        var now = operation.Now;
        var reach = provider.BufferBefore + provider.BufferAfter;

        // Only appointments within the buffers' reach of the claim can make it unbookable.
        var busyFrom = start - reach;
        var busyTo = end + reach;
        var around = await ActiveAppointments.AroundClaimAsync(
            operation.Db, clientId, provider.Id, busyFrom, busyTo, operation.CancellationToken);
        var clientActive = around.Where(appointment => appointment.ClientId == clientId).ToList();
        var providerActive = around.Where(appointment => appointment.ProviderId == provider.Id && appointment.Overlaps(busyFrom, busyTo)).ToList();

        var lapsed = clientActive.Where(appointment => !appointment.IsLiveAt(now))
            .Concat(providerActive.Where(appointment => !appointment.IsLiveAt(now) && appointment.Overlaps(start, end)))
            .Select(appointment => appointment.Id)
            .Distinct()
            .ToList();
        await LapsedHolds.ExpireByIdAsync(operation, lapsed);

        var clientLive = clientActive.Where(appointment => appointment.IsLiveAt(now) && appointment.Id != replacedAppointmentId).ToList();
        var holds = clientLive.Count(appointment => appointment.Status == AppointmentStatus.Reserved);
        if (maxHolds is { } max && holds >= max)
        {
            throw new TooManyHoldsException($"The client already holds {holds} unconfirmed reservations (at most {max}).");
        }

        if (clientLive.Any(appointment => appointment.Overlaps(start, end)))
        {
            throw new OverlappingAppointmentException("The client already has an appointment at that time.");
        }

        var providerLive = providerActive.Where(appointment => appointment.IsLiveAt(now) && appointment.Id != replacedAppointmentId).ToList();
        if (providerLive.Any(appointment => appointment.Overlaps(start, end)))
        {
            throw new SlotUnavailableException("The requested time is already taken.");
        }

        var busy = providerLive.ConvertAll(appointment => new BusyInterval(appointment.Start, appointment.End));
        var availability = await schedules.GetAvailabilityAsync(operation.Db, provider, start - ScheduleMargin, now, busy, operation.CancellationToken);
        if (!generator.IsBookable(availability, start, end, now))
        {
            throw new SlotUnavailableException(
                "The requested time is not an open slot: outside the provider's hours, too close to the buffers of another appointment, inside the minimum notice or beyond the booking window.");
        }
    }
}
