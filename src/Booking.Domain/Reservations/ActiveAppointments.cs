using Booking.Data;
using Booking.Data.Entities;
using Booking.Domain.Persistence;
using Booking.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Booking.Domain.Reservations;

/// <summary>Loads the active appointments a claim on a provider's time must be checked against, untracked.</summary>
internal static class ActiveAppointments
{
    /// <summary>
    /// In one round trip: all of the client's active appointments, and the provider's overlapping [from, to).
    /// </summary>
    public static async Task<List<ActiveAppointment>> AroundClaimAsync(
        BookingDbContext db, Guid clientId, Guid providerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres)
        {
            var earliestStart = from - SlotLimits.MaxDuration;
            return await Project(db.Appointments.Where(appointment =>
                    appointment.ClientId == clientId
                    || (appointment.ProviderId == providerId
                        && appointment.Start > earliestStart
                        && appointment.Start < to
                        && appointment.End > from)))
                .ToListAsync(cancellationToken);
        }

        // The overlap is written as the exclusion constraint's range, so that its GiST index finds exactly the
        // overlapping appointments: bounds on start_at alone let the planner pick that index for the provider only
        // and filter all of the provider's active appointments, on every reservation.
        await using var command = PostgresCommands.Create(
            db,
            """
            SELECT id, provider_id, client_id, start_at, end_at, status, hold_expires_at
            FROM appointments
            WHERE status IN ('Reserved', 'Confirmed')
                AND (client_id = $1 OR (provider_id = $2 AND tstzrange(start_at, end_at, '[)') && tstzrange($3, $4, '[)')))
            """,
            new NpgsqlParameter<Guid> { TypedValue = clientId },
            new NpgsqlParameter<Guid> { TypedValue = providerId },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = from },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = to });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var appointments = new List<ActiveAppointment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            appointments.Add(new ActiveAppointment(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetGuid(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                Enum.Parse<AppointmentStatus>(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return appointments;
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
