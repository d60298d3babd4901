using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Lifecycle;

/// <summary>Who may see and act on an appointment, and loading it (tracked) for a change.</summary>
internal static class AppointmentAccess
{
    public static bool CanSee(Actor actor, Appointment appointment) =>
        actor.IsAdmin || appointment.ClientId == actor.UserId || appointment.ProviderId == actor.UserId;

    /// <summary>True when the actor is the appointment's client acting as a client (not its provider or an admin).</summary>
    public static bool IsOwnClient(Actor actor, Appointment appointment) =>
        actor.Role == UserRole.Client && appointment.ClientId == actor.UserId;

    public static async Task<(Appointment Appointment, ProviderProfile Provider)> LoadForChangeAsync(
        BookingOperation operation, Actor actor, Guid appointmentId)
    {
        var appointment = await operation.Db.Appointments
            .SingleOrDefaultAsync(candidate => candidate.Id == appointmentId, operation.CancellationToken);
        if (appointment is null || !CanSee(actor, appointment))
        {
            throw new NotFoundException("No such appointment.");
        }

        var provider = await operation.Db.ProviderProfiles.FindAsync([appointment.ProviderId], operation.CancellationToken);
        return (appointment, provider!);
    }

    /// <summary>
    /// If the appointment is a hold that has lapsed, expires it and makes the operation fail with
    /// <see cref="ReservationExpiredException"/> after the expiry is committed. Returns true when it did.
    /// </summary>
    public static async Task<bool> ExpireIfLapsedAsync(BookingOperation operation, Appointment appointment, ProviderProfile provider)
    {
        if (appointment.Status != AppointmentStatus.Reserved || appointment.HoldExpiresAt > operation.Now)
        {
            return false;
        }

        AppointmentTransitions.Move(operation, appointment, provider, AppointmentStatus.Expired, actorId: null, LapsedHolds.Reason);
        await operation.Db.SaveChangesAsync(operation.CancellationToken);
        operation.FailAfterCommit(new ReservationExpiredException(
            $"The reservation's hold lapsed at {appointment.HoldExpiresAt:O}; the slot has been released."));
        return true;
    }
}
