using Booking.Data.Entities;
using Booking.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Lifecycle;

/// <summary>
/// Expires reservations whose hold has lapsed. The reserving transaction does this for the holds in its way, so a
/// lapsed hold frees its slot at once, before any sweep; the sweep does it for the rest.
/// </summary>
internal static class LapsedHolds
{
    public const string Reason = "hold lapsed";

    /// <summary>
    /// Expires the given holds if they are still reserved and lapsed (another transaction may have got there first),
    /// and saves.
    /// </summary>
    public static async Task ExpireByIdAsync(BookingOperation operation, IReadOnlyCollection<Guid> appointmentIds)
    {
        if (appointmentIds.Count == 0)
        {
            return;
        }

        var now = operation.Now;
        var lapsed = await operation.Db.Appointments
            .Where(appointment => appointmentIds.Contains(appointment.Id)
                && appointment.Status == AppointmentStatus.Reserved
                && appointment.HoldExpiresAt <= now)
            .ToListAsync(operation.CancellationToken);
        await ExpireAsync(operation, lapsed);
    }

    /// <summary>The next lapsed holds for the sweep, oldest first; on PostgreSQL skipping rows another transaction holds.</summary>
    public static async Task<List<Appointment>> NextBatchAsync(BookingOperation operation, int batchSize)
    {
        var now = operation.Now;
        if (operation.Db.IsPostgres)
        {
            return await operation.Db.Appointments
                .FromSqlInterpolated($"""
                    SELECT * FROM appointments
                    WHERE status = 'Reserved' AND hold_expires_at <= {now}
                    ORDER BY hold_expires_at
                    LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(operation.CancellationToken);
        }

        return await operation.Db.Appointments
            .Where(appointment => appointment.Status == AppointmentStatus.Reserved && appointment.HoldExpiresAt <= now)
            .OrderBy(appointment => appointment.HoldExpiresAt)
            .Take(batchSize)
            .ToListAsync(operation.CancellationToken);
    }

    /// <summary>Marks loaded holds expired and saves; a hold someone else changed meanwhile makes the operation retry.</summary>
    public static async Task ExpireAsync(BookingOperation operation, List<Appointment> lapsed)
    {
        if (lapsed.Count == 0)
        {
            return;
        }

        foreach (var appointment in lapsed)
        {
            var provider = await operation.Db.ProviderProfiles.FindAsync([appointment.ProviderId], operation.CancellationToken);
            AppointmentTransitions.Move(operation, appointment, provider!, AppointmentStatus.Expired, actorId: null, Reason);
        }

        try
        {
            await operation.Db.SaveChangesAsync(operation.CancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new TransientConflictException("A lapsed hold was changed concurrently.", exception);
        }
    }
}
