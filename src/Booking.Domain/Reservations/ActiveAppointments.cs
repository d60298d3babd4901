using Booking.Data;
using Booking.Data.Entities;
using Booking.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Reservations;

/// <summary>Loads the active appointments a claim on a provider's time must be checked against, untracked.</summary>
internal static class ActiveAppointments
{
    public static Task<List<ActiveAppointment>> OfClientAsync(BookingDbContext db, Guid clientId, CancellationToken cancellationToken) =>
        db.Appointments.AsNoTracking()
            .Where(appointment => appointment.ClientId == clientId
                && (appointment.Status == AppointmentStatus.Reserved || appointment.Status == AppointmentStatus.Confirmed))
            .Select(appointment => new ActiveAppointment(
                appointment.Id, appointment.ClientId, appointment.Start, appointment.End, appointment.Status, appointment.HoldExpiresAt))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The provider's active appointments overlapping [from, to). Appointments last at most a day, so the start is
    /// bounded on both sides and the (provider, start) index reads only the range.
    /// </summary>
    public static Task<List<ActiveAppointment>> OfProviderAsync(
        BookingDbContext db, Guid providerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var earliestStart = from - SlotLimits.MaxDuration;
        return db.Appointments.AsNoTracking()
            .Where(appointment => appointment.ProviderId == providerId
                && appointment.Start > earliestStart
                && appointment.Start < to
                && appointment.End > from
                && (appointment.Status == AppointmentStatus.Reserved || appointment.Status == AppointmentStatus.Confirmed))
            .Select(appointment => new ActiveAppointment(
                appointment.Id, appointment.ClientId, appointment.Start, appointment.End, appointment.Status, appointment.HoldExpiresAt))
            .ToListAsync(cancellationToken);
    }
}
