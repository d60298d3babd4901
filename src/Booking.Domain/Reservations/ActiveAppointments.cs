using Booking.Data;
using Booking.Data.Entities;
using Booking.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Reservations;

/// <summary>Loads the active appointments a claim on a provider's time must be checked against, untracked.</summary>
internal static class ActiveAppointments
{
    /// <summary>
    /// In one round trip: all of the client's active appointments, and the provider's overlapping [from, to).
    /// </summary>
    public static Task<List<ActiveAppointment>> AroundClaimAsync(
        BookingDbContext db, Guid clientId, Guid providerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var earliestStart = from - SlotLimits.MaxDuration;
        return Project(db.Appointments.Where(appointment =>
                appointment.ClientId == clientId
                || (appointment.ProviderId == providerId
                    && appointment.Start > earliestStart
                    && appointment.Start < to
                    && appointment.End > from)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The provider's active appointments overlapping [from, to). Appointments last at most a day, so the start is
    /// bounded on both sides and the (provider, start) index reads only the range.
    /// </summary>
    public static Task<List<ActiveAppointment>> OfProviderAsync(
        BookingDbContext db, Guid providerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var earliestStart = from - SlotLimits.MaxDuration;
        return Project(db.Appointments.Where(appointment =>
                appointment.ProviderId == providerId
                && appointment.Start > earliestStart
                && appointment.Start < to
                && appointment.End > from))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<ActiveAppointment> Project(IQueryable<Appointment> appointments) =>
        appointments.AsNoTracking()
            .Where(appointment => appointment.Status == AppointmentStatus.Reserved || appointment.Status == AppointmentStatus.Confirmed)
            .Select(appointment => new ActiveAppointment(
                appointment.Id, appointment.ProviderId, appointment.ClientId, appointment.Start, appointment.End, appointment.Status, appointment.HoldExpiresAt));
}
