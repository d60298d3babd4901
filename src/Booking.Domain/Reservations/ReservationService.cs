using Booking.Data.Entities;
using Booking.Domain.Availability;
using Booking.Domain.Errors;
using Booking.Domain.Lifecycle;
using Booking.Domain.Persistence;
using Booking.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Booking.Domain.Reservations;

/// <summary>Taking a provider's time: reserving a hold, and moving an appointment to another time.</summary>
public sealed class ReservationService(
    BookingOperationRunner runner,
    ISlotGenerator generator,
    ProviderScheduleCache schedules,
    ProviderProfileCache profiles,
    IOptions<BookingOptions> options)
{
    public const string RescheduledReason = "rescheduled";

    /// <summary>
    /// Holds the requested time for the client until now + the provider's grace period. Lapsed holds in the way are
    /// expired in the same transaction, so they never block.
    /// </summary>
    /// <exception cref="SlotUnavailableException">The time is taken or not offered.</exception>
    /// <exception cref="TooManyHoldsException">The client holds the maximum of unconfirmed reservations.</exception>
    /// <exception cref="OverlappingAppointmentException">The client has another appointment at that time.</exception>
    /// <exception cref="ClientBlockedException">The client is blocked after too many no-shows.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key was used for a different reservation.</exception>
    public Task<Appointment> ReserveAsync(Actor actor, ReserveRequest request, CancellationToken cancellationToken = default)
    {
        if (actor.Role != UserRole.Client)
        {
            throw new NotAllowedException("Only clients reserve appointments.");
        }

        ReservationRules.ValidateText(request.Notes, ReservationRules.MaxNotesLength, "notes");
        ReservationRules.ValidateText(request.IdempotencyKey, ReservationRules.MaxIdempotencyKeyLength, "idempotency key");
        if (request.IdempotencyKey is { Length: 0 })
        {
            throw new InvalidBookingRequestException("An idempotency key may not be empty.");
        }

        var start = request.Start.ToUniversalTime();
        var requestedEnd = request.End?.ToUniversalTime();
        if (requestedEnd is { } end)
        {
            ReservationRules.ValidateRange(start, end);
        }

        return runner.RunAsync(
            async operation =>
            {
                var client = await ReservationRules.LockBookingClientAsync(operation, actor.UserId, request.ProviderId);
                if (request.IdempotencyKey is { } key
                    && await FindByIdempotencyKeyAsync(operation, client.Id, key) is { } earlier)
                {
                    return SameReservation(earlier, request.ProviderId, start, requestedEnd)
                        ? earlier
                        : throw new IdempotencyKeyReusedException("This idempotency key was already used for a different reservation.");
                }

                ReservationRules.EnsureNotBlocked(client);
                var provider = await ReservationRules.LoadProviderAsync(operation, profiles, request.ProviderId, client);
                var end = requestedEnd ?? start + provider.DefaultAppointmentLength;

                ReservationRules.ValidateRange(start, end);
                await SlotClaim.CheckAsync(
                    operation, generator, schedules, provider, client.Id, start, end, replacedAppointmentId: null, options.Value.MaxUnconfirmedHolds);

                var appointment = new Appointment
                {
                    ProviderId = provider.Id,
                    ClientId = client.Id,
                    Start = start,
                    End = end,
                    Status = AppointmentStatus.Reserved,
                    HoldExpiresAt = operation.Now + provider.HoldGracePeriod,
                    Notes = request.Notes,
                    IdempotencyKey = request.IdempotencyKey,
                };
                AppointmentTransitions.Create(operation, appointment, provider, actor.UserId, reason: null);
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                return appointment;
            },
            cancellationToken);
    }

    /// <summary>
    /// Moves an active appointment atomically: the old one is cancelled and a new one (same status, same hold
    /// expiry, linked by <see cref="Appointment.RescheduledFromId"/>) takes the new time, or nothing changes.
    /// Clients may reschedule a confirmed appointment only until the cancellation cut-off; providers and admins
    /// at any time. Returns the new appointment.
    /// </summary>
    public Task<Appointment> RescheduleAsync(Actor actor, RescheduleRequest request, CancellationToken cancellationToken = default)
    {
        ReservationRules.ValidateText(request.Reason, ReservationRules.MaxReasonLength, "reason");
        var newStart = request.NewStart.ToUniversalTime();
        return runner.RunAsync(
            async operation =>
            {
                var (old, provider) = await AppointmentAccess.LoadForChangeAsync(operation, actor, request.AppointmentId);
                var byClient = AppointmentAccess.IsOwnClient(actor, old);
                if (!byClient && !actor.ManagesProvider(old.ProviderId))
                {
                    throw new NotAllowedException("Only the appointment's client, its provider or an admin may reschedule it.");
                }

                if (await AppointmentAccess.ExpireIfLapsedAsync(operation, old, provider))
                {
                    return old;
                }

                if (!Appointment.IsActiveStatus(old.Status))
                {
                    throw new InvalidTransitionException($"An appointment that is {old.Status} cannot be rescheduled.");
                }

                if (byClient)
                {
                    CancellationCutoff.EnsureClientMayStillChange(old, provider, operation.Now);
                }

                var newEnd = request.NewEnd?.ToUniversalTime() ?? newStart + (old.End - old.Start);
                ReservationRules.ValidateRange(newStart, newEnd);
                if (newStart == old.Start && newEnd == old.End)
                {
                    throw new InvalidBookingRequestException("The appointment is already at that time.");
                }

                var client = await ReservationRules.LockBookingClientAsync(operation, old.ClientId);
                if (byClient)
                {
                    ReservationRules.EnsureNotBlocked(client);
                }

                await SlotClaim.CheckAsync(operation, generator, schedules, provider, client.Id, newStart, newEnd, old.Id, maxHolds: null);

                var replacement = new Appointment
                {
                    ProviderId = old.ProviderId,
                    ClientId = old.ClientId,
                    Start = newStart,
                    End = newEnd,
                    Status = old.Status,
                    HoldExpiresAt = old.HoldExpiresAt,
                    RescheduledFromId = old.Id,
                    Notes = old.Notes,
                };
                var reason = request.Reason ?? RescheduledReason;
                CancellationCutoff.MarkCancelled(operation, old, provider, actor.UserId, reason);

                // The old time must be released before the new row is inserted: the exclusion constraint checks
                // each statement, and the two ranges may overlap.
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                AppointmentTransitions.Create(operation, replacement, provider, actor.UserId, $"{RescheduledReason} from {old.Id}");
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                return replacement;
            },
            cancellationToken);
    }

    private static Task<Appointment?> FindByIdempotencyKeyAsync(BookingOperation operation, Guid clientId, string key) =>
        operation.Db.Appointments
            .SingleOrDefaultAsync(appointment => appointment.ClientId == clientId && appointment.IdempotencyKey == key, operation.CancellationToken);

    private static bool SameReservation(Appointment earlier, Guid providerId, DateTimeOffset start, DateTimeOffset? end) =>
        earlier.ProviderId == providerId && earlier.Start == start && (end is null || earlier.End == end);
}
