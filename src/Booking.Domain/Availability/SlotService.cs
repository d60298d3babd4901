using Booking.Data;
using Booking.Domain.Errors;
using Booking.Domain.Reservations;
using Booking.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Availability;

/// <summary>Free slots of a provider, read from the database and computed by the <see cref="ISlotGenerator"/>.</summary>
public sealed class SlotService(
    IDbContextFactory<BookingDbContext> contextFactory,
    ISlotGenerator generator,
    ProviderScheduleCache schedules,
    TimeProvider timeProvider)
{
    /// <summary>
    /// Free slots starting on the provider-local dates <paramref name="from"/>..<paramref name="to"/> (inclusive) of
    /// <paramref name="length"/>, by default the provider's appointment length.
    /// </summary>
    public async Task<IReadOnlyList<Slot>> GetSlotsAsync(
        Guid providerId, DateOnly from, DateOnly to, TimeSpan? length = null, CancellationToken cancellationToken = default)
    {
        if (to < from)
        {
            throw new InvalidBookingRequestException("The slot range ends before it starts.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var provider = await db.ProviderProfiles.AsNoTracking()
            .SingleOrDefaultAsync(profile => profile.Id == providerId && profile.User!.IsActive, cancellationToken)
            ?? throw new NotFoundException("No such provider.");

        var now = timeProvider.GetUtcNow();
        var rangeStart = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rangeEnd = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var loadFrom = rangeStart - TimeSpan.FromDays(1);
        var loadTo = rangeEnd + TimeSpan.FromDays(1);
        var reach = provider.BufferBefore + provider.BufferAfter;
        var active = await ActiveAppointments.OfProviderAsync(db, providerId, loadFrom - reach, loadTo + reach, cancellationToken);
        var busy = active.Where(appointment => appointment.IsLiveAt(now))
            .Select(appointment => new BusyInterval(appointment.Start, appointment.End))
            .ToList();
        var availability = await schedules.GetAvailabilityAsync(db, provider, loadFrom, now, busy, cancellationToken);
        return generator.Generate(availability, new SlotQuery(from, to, length ?? provider.DefaultAppointmentLength), now);
    }
}
