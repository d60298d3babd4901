using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Events;
using Booking.Domain.Persistence;

namespace Booking.Domain.Lifecycle;

/// <summary>
/// The one place where an appointment is created or changes status: it checks the transition is allowed, records
/// the history entry and emits the events. Saving (with the concurrency token) is the caller's.
/// </summary>
internal static class AppointmentTransitions
{
    private static readonly Dictionary<AppointmentStatus, AppointmentStatus[]> Allowed = new()
    {
        [AppointmentStatus.Reserved] = [AppointmentStatus.Confirmed, AppointmentStatus.Cancelled, AppointmentStatus.Expired],
        [AppointmentStatus.Confirmed] = [AppointmentStatus.Cancelled, AppointmentStatus.Completed, AppointmentStatus.NoShow],
    };

    public static bool CanMove(AppointmentStatus from, AppointmentStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static void Create(BookingOperation operation, Appointment appointment, ProviderProfile provider, Guid actorId, string? reason)
    {
        appointment.CreatedAt = operation.Now;
        appointment.UpdatedAt = operation.Now;
        operation.Db.Appointments.Add(appointment);
        Record(operation, appointment, from: null, actorId, reason);
        EmitAvailabilityChange(operation, appointment, provider);
    }

    public static void Move(
        BookingOperation operation,
        Appointment appointment,
        ProviderProfile provider,
        AppointmentStatus to,
        Guid? actorId,
        string? reason)
    {
        var from = appointment.Status;
        if (!CanMove(from, to))
        {
            throw new InvalidTransitionException($"An appointment that is {from} cannot become {to}.");
        }

        appointment.Status = to;
        appointment.UpdatedAt = operation.Now;
        if (to != AppointmentStatus.Reserved)
        {
            appointment.HoldExpiresAt = null;
        }

        Record(operation, appointment, from, actorId, reason);
        if (Appointment.IsActiveStatus(from) && !Appointment.IsActiveStatus(to))
        {
            EmitAvailabilityChange(operation, appointment, provider);
        }
    }

    private static void Record(BookingOperation operation, Appointment appointment, AppointmentStatus? from, Guid? actorId, string? reason)
    {
        operation.Db.AppointmentHistory.Add(new AppointmentHistory
        {
            AppointmentId = appointment.Id,
            ChangedById = actorId,
            ChangedAt = operation.Now,
            FromStatus = from,
            ToStatus = appointment.Status,
            Reason = reason,
        });
        operation.Emit(new AppointmentChanged(
            appointment.Id,
            appointment.ProviderId,
            appointment.ClientId,
            appointment.Status,
            from,
            appointment.Start,
            appointment.End,
            actorId,
            operation.Now));
    }

    private static void EmitAvailabilityChange(BookingOperation operation, Appointment appointment, ProviderProfile provider)
    {
        // Buffers make an appointment affect slots around it too; the sum of both is a safe bound on how far.
        var reach = provider.BufferBefore + provider.BufferAfter;
        operation.Emit(new SlotAvailabilityChanged(appointment.ProviderId, appointment.Start - reach, appointment.End + reach));
    }
}
