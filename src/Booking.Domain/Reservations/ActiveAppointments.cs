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
    private const string SelectActive =
        """
        SELECT id, provider_id, client_id, start_at, end_at, status, hold_expires_at
        FROM appointments
        WHERE status IN ('Reserved', 'Confirmed')
        """;

    // The overlap with [$2, $3) is written as the exclusion constraint's range, so that its GiST index finds exactly the
    // provider's overlapping active appointments. Bounds on start_at alone let the planner read more: the provider's
    // appointments starting up to a day before the range, whatever their status, from the (provider, start) index; or
    // all of the provider's active appointments from the GiST index, ANDed with every provider's starts in the range.
    private const string ProviderOverlaps = "provider_id = $1 AND tstzrange(start_at, end_at, '[)') && tstzrange($2, $3, '[)')";

    private const string AroundClaimSql = SelectActive + " AND (client_id = $4 OR (" + ProviderOverlaps + "))";

    private const string OfProviderSql = SelectActive + " AND " + ProviderOverlaps;

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

        return await QueryPostgresAsync(db, AroundClaimSql, providerId, from, to, clientId, cancellationToken);
    }

    /// <summary>
    /// The provider's active appointments overlapping [from, to). On SQLite, appointments last at most a day, so the
    /// start is bounded on both sides and the (provider, start) index reads only the range.
    /// </summary>
    public static async Task<List<ActiveAppointment>> OfProviderAsync(
        BookingDbContext db, Guid providerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            return await QueryPostgresAsync(db, OfProviderSql, providerId, from, to, clientId: null, cancellationToken);
        }

        var earliestStart = from - SlotLimits.MaxDuration;
        return await Project(db.Appointments.Where(appointment =>
                appointment.ProviderId == providerId
                && appointment.Start > earliestStart
                && appointment.Start < to
                && appointment.End > from))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Runs one of the statements above ($1 the provider, [$2, $3) the time, $4 the client if any) as an auto-prepared
    /// command on the context's connection, opened for the call unless a transaction holds it open already.
    /// </summary>
    private static async Task<List<ActiveAppointment>> QueryPostgresAsync(
        BookingDbContext db, string sql, Guid providerId, DateTimeOffset from, DateTimeOffset to, Guid? clientId, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = PostgresCommands.Create(
                db,
                sql,
                new NpgsqlParameter<Guid> { TypedValue = providerId },
                new NpgsqlParameter<DateTimeOffset> { TypedValue = from },
                new NpgsqlParameter<DateTimeOffset> { TypedValue = to });
            if (clientId is { } client)
            {
                command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = client });
            }

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
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static IQueryable<ActiveAppointment> Project(IQueryable<Appointment> appointments) =>
        appointments.AsNoTracking()
            .Where(appointment => appointment.Status == AppointmentStatus.Reserved || appointment.Status == AppointmentStatus.Confirmed)
            .Select(appointment => new ActiveAppointment(
                appointment.Id, appointment.ProviderId, appointment.ClientId, appointment.Start, appointment.End, appointment.Status, appointment.HoldExpiresAt));
}
