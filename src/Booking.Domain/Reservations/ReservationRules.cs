using Booking.Data.Entities;
using Booking.Domain.Availability;
using Booking.Domain.Errors;
using Booking.Domain.Persistence;
using Booking.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Reservations;

/// <summary>The checks a new reservation (or a rescheduled one) must pass, each inside the operation's transaction.</summary>
internal static class ReservationRules
{
    public const int MaxNotesLength = 2000;
    public const int MaxIdempotencyKeyLength = 200;
    public const int MaxReasonLength = 1000;

    public static void ValidateRange(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new InvalidBookingRequestException("An appointment must end after it starts.");
        }
    }

    public static void ValidateText(string? text, int maxLength, string what)
    {
        if (text is not null && text.Length > maxLength)
        {
            throw new InvalidBookingRequestException($"The {what} may be at most {maxLength} characters long.");
        }
    }

    /// <summary>Locks the client's row for the rest of the transaction and checks the client may book.</summary>
    public static async Task<User> LockBookingClientAsync(BookingOperation operation, Guid clientId)
    {
        var client = await RowLocks.LockUserAsync(operation.Db, clientId, operation.CancellationToken);
        if (client is null || client.Role != UserRole.Client)
        {
            throw new NotFoundException("No such client.");
        }

        if (!client.IsActive)
        {
            throw new NotAllowedException("The client's account is deactivated.");
        }

        return client;
    }

    public static void EnsureNotBlocked(User client)
    {
        if (client.IsBlocked)
        {
            throw new ClientBlockedException(
                $"The client is blocked after {client.NoShowCount} no-shows; an admin must unblock them before they can reserve.");
        }
    }

    public static async Task<ProviderProfile> LoadProviderAsync(BookingOperation operation, Guid providerId)
    {
        var provider = await operation.Db.ProviderProfiles
            .SingleOrDefaultAsync(profile => profile.Id == providerId && profile.User!.IsActive, operation.CancellationToken);
        return provider ?? throw new NotFoundException("No such provider.");
    }

    public static async Task EnsureCanHoldAnotherAsync(BookingOperation operation, Guid clientId, int maxHolds)
    {
        var now = operation.Now;
        var holds = await operation.Db.Appointments.CountAsync(
            appointment => appointment.ClientId == clientId
                && appointment.Status == AppointmentStatus.Reserved
                && appointment.HoldExpiresAt > now,
            operation.CancellationToken);
        if (holds >= maxHolds)
        {
            throw new TooManyHoldsException($"The client already holds {holds} unconfirmed reservations (at most {maxHolds}).");
        }
    }

    public static async Task EnsureClientIsFreeAsync(
        BookingOperation operation, Guid clientId, DateTimeOffset start, DateTimeOffset end, Guid? exceptAppointmentId)
    {
        var now = operation.Now;
        var overlapping = await operation.Db.Appointments.AnyAsync(
            appointment => appointment.ClientId == clientId
                && appointment.Id != exceptAppointmentId
                && (appointment.Status == AppointmentStatus.Confirmed
                    || (appointment.Status == AppointmentStatus.Reserved && appointment.HoldExpiresAt > now))
                && appointment.Start < end
                && appointment.End > start,
            operation.CancellationToken);
        if (overlapping)
        {
            throw new OverlappingAppointmentException("The client already has an appointment at that time.");
        }
    }

    /// <summary>
    /// The provider's time must be free and offered. The explicit overlap check is what keeps SQLite from double
    /// booking (its write transaction is serialized); on PostgreSQL the exclusion constraint backs it up.
    /// </summary>
    public static async Task EnsureSlotIsBookableAsync(
        BookingOperation operation,
        ISlotGenerator generator,
        ProviderProfile provider,
        DateTimeOffset start,
        DateTimeOffset end,
        Guid? exceptAppointmentId)
    {
        var now = operation.Now;
        var providerId = provider.Id;
        if (provider.BufferBefore + provider.BufferAfter > TimeSpan.Zero)
        {
            await RowLocks.LockProviderAsync(operation.Db, providerId, operation.CancellationToken);
        }

        var taken = await operation.Db.Appointments.AnyAsync(
            appointment => appointment.ProviderId == providerId
                && appointment.Id != exceptAppointmentId
                && (appointment.Status == AppointmentStatus.Confirmed
                    || (appointment.Status == AppointmentStatus.Reserved && appointment.HoldExpiresAt > now))
                && appointment.Start < end
                && appointment.End > start,
            operation.CancellationToken);
        if (taken)
        {
            throw new SlotUnavailableException("The requested time is already taken.");
        }

        var availability = await ProviderAvailabilityLoader.LoadAsync(
            operation.Db, provider, start - TimeSpan.FromDays(1), end + TimeSpan.FromDays(1), now, exceptAppointmentId, operation.CancellationToken);
        if (!generator.IsBookable(availability, start, end, now))
        {
            throw new SlotUnavailableException(
                "The requested time is not an open slot: outside the provider's hours, too close to the buffers of another appointment, inside the minimum notice or beyond the booking window.");
        }
    }
}
