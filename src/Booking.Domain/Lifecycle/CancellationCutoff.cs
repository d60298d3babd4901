using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Persistence;

namespace Booking.Domain.Lifecycle;

/// <summary>Cancelling: the client's cut-off and the cancellation record shared by cancel and reschedule.</summary>
internal static class CancellationCutoff
{
    /// <summary>
    /// A client may cancel or move a confirmed appointment until <c>start − cut-off</c> (inclusive). An unconfirmed
    /// hold is not a commitment and may be released at any time.
    /// </summary>
    public static void EnsureClientMayStillChange(Appointment appointment, ProviderProfile provider, DateTimeOffset now)
    {
        if (appointment.Status == AppointmentStatus.Confirmed && now > appointment.Start - provider.CancellationCutoff)
        {
            throw new CancellationTooLateException(
                $"Clients may change this appointment until {provider.CancellationCutoff.TotalMinutes:0} minutes before it starts; ask the provider.");
        }
    }

    public static void MarkCancelled(BookingOperation operation, Appointment appointment, ProviderProfile provider, Guid actorId, string? reason)
    {
        AppointmentTransitions.Move(operation, appointment, provider, AppointmentStatus.Cancelled, actorId, reason);
        appointment.CancelledById = actorId;
        appointment.CancelledAt = operation.Now;
        appointment.CancellationReason = reason;
    }
}
