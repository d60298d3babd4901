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

        if (end - start > SlotLimits.MaxDuration)
        {
            throw new InvalidBookingRequestException("An appointment may last at most one day.");
        }
    }

    public static void ValidateText(string? text, int maxLength, string what)
    {
        if (text is not null && text.Length > maxLength)
        {
            throw new InvalidBookingRequestException($"The {what} may be at most {maxLength} characters long.");
        }
    }

    /// <summary>
    /// Locks the client's row for the rest of the transaction and checks the client may book; also reads the version of
    /// the active provider <paramref name="providerId"/>, if given, in the same round trip (see <see cref="LoadProviderAsync"/>).
    /// </summary>
    public static async Task<LockedClient> LockBookingClientAsync(BookingOperation operation, Guid clientId, Guid? providerId = null)
    {
        var client = await RowLocks.LockClientAsync(operation.Db, clientId, providerId, operation.CancellationToken);
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

    public static void EnsureNotBlocked(LockedClient client)
    {
        if (client.IsBlocked)
        {
            throw new ClientBlockedException(
                $"The client is blocked after {client.NoShowCount} no-shows; an admin must unblock them before they can reserve.");
        }
    }

    /// <summary>The active provider whose version <paramref name="client"/>'s lock read, unchanged since that read.</summary>
    public static async Task<ProviderProfile> LoadProviderAsync(BookingOperation operation, ProviderProfileCache profiles, Guid providerId, LockedClient client)
    {
        var provider = client.ProviderVersion is { } version
            ? await profiles.GetAsync(operation.Db, providerId, version, operation.CancellationToken)
            : null;
        return provider ?? throw new NotFoundException("No such provider.");
    }
}
