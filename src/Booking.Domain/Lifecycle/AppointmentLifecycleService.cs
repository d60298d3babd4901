using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Persistence;
using Booking.Domain.Reservations;
using Microsoft.Extensions.Options;

namespace Booking.Domain.Lifecycle;

/// <summary>
/// Status changes of an existing appointment. Each runs in its own transaction and saves with the appointment's
/// concurrency token: of two racing changes one wins and the other gets <see cref="ConcurrencyConflictException"/>
/// (or, if it starts after the winner committed, the error the new state calls for).
/// </summary>
public sealed class AppointmentLifecycleService(BookingOperationRunner runner, IOptions<BookingOptions> options)
{
    /// <summary>The reserving client confirms their hold before it lapses.</summary>
    /// <exception cref="ReservationExpiredException">The hold had lapsed; it is now expired.</exception>
    public Task<Appointment> ConfirmAsync(Actor actor, Guid appointmentId, CancellationToken cancellationToken = default) =>
        runner.RunAsync(
            async operation =>
            {
                var (appointment, provider) = await AppointmentAccess.LoadForChangeAsync(operation, actor, appointmentId);
                if (!AppointmentAccess.IsOwnClient(actor, appointment))
                {
                    throw new NotAllowedException("Only the client who reserved an appointment may confirm it.");
                }

                if (await AppointmentAccess.ExpireIfLapsedAsync(operation, appointment, provider))
                {
                    return appointment;
                }

                AppointmentTransitions.Move(operation, appointment, provider, AppointmentStatus.Confirmed, actor.UserId, reason: null);
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                return appointment;
            },
            cancellationToken);

    /// <summary>
    /// Cancels an active appointment: its client (a confirmed one only until the cut-off), or its provider or an
    /// admin at any time, who must give a reason.
    /// </summary>
    public Task<Appointment> CancelAsync(Actor actor, Guid appointmentId, string? reason, CancellationToken cancellationToken = default)
    {
        ReservationRules.ValidateText(reason, ReservationRules.MaxReasonLength, "reason");
        return runner.RunAsync(
            async operation =>
            {
                var (appointment, provider) = await AppointmentAccess.LoadForChangeAsync(operation, actor, appointmentId);
                var byClient = AppointmentAccess.IsOwnClient(actor, appointment);
                if (!byClient && !actor.ManagesProvider(appointment.ProviderId))
                {
                    throw new NotAllowedException("Only the appointment's client, its provider or an admin may cancel it.");
                }

                if (!byClient && string.IsNullOrWhiteSpace(reason))
                {
                    throw new InvalidBookingRequestException("A provider or admin must give a reason for cancelling.");
                }

                if (await AppointmentAccess.ExpireIfLapsedAsync(operation, appointment, provider))
                {
                    return appointment;
                }

                if (byClient && Appointment.IsActiveStatus(appointment.Status))
                {
                    CancellationCutoff.EnsureClientMayStillChange(appointment, provider, operation.Now);
                }

                CancellationCutoff.MarkCancelled(operation, appointment, provider, actor.UserId, reason);
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                return appointment;
            },
            cancellationToken);
    }

    /// <summary>The provider (or an admin) records that a confirmed appointment took place.</summary>
    public Task<Appointment> CompleteAsync(Actor actor, Guid appointmentId, CancellationToken cancellationToken = default) =>
        CloseAsync(actor, appointmentId, AppointmentStatus.Completed, cancellationToken);

    /// <summary>
    /// The provider (or an admin) records that the client did not come. The client's no-show count grows; at the
    /// configured threshold the client is blocked from reserving.
    /// </summary>
    public Task<Appointment> MarkNoShowAsync(Actor actor, Guid appointmentId, CancellationToken cancellationToken = default) =>
        CloseAsync(actor, appointmentId, AppointmentStatus.NoShow, cancellationToken);

    private Task<Appointment> CloseAsync(Actor actor, Guid appointmentId, AppointmentStatus outcome, CancellationToken cancellationToken) =>
        runner.RunAsync(
            async operation =>
            {
                var (appointment, provider) = await AppointmentAccess.LoadForChangeAsync(operation, actor, appointmentId);
                if (!actor.ManagesProvider(appointment.ProviderId))
                {
                    throw new NotAllowedException("Only the appointment's provider or an admin may record its outcome.");
                }

                if (!AppointmentTransitions.CanMove(appointment.Status, outcome))
                {
                    throw new InvalidTransitionException($"An appointment that is {appointment.Status} cannot become {outcome}.");
                }

                if (operation.Now < appointment.Start)
                {
                    throw new AppointmentNotStartedException($"The appointment starts at {appointment.Start:O}; its outcome can be recorded only after that.");
                }

                AppointmentTransitions.Move(operation, appointment, provider, outcome, actor.UserId, reason: null);
                if (outcome == AppointmentStatus.NoShow)
                {
                    var client = await operation.Db.Users.FindAsync([appointment.ClientId], operation.CancellationToken);
                    client!.NoShowCount++;
                    if (client.NoShowCount >= options.Value.NoShowsBeforeBlock)
                    {
                        client.IsBlocked = true;
                    }
                }

                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                return appointment;
            },
            cancellationToken);
}
