using Booking.Data;
using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Accounts;

/// <summary>Accounts: registration with a hashed password, password checks, and an admin's unblocking of a client.</summary>
public sealed class UserAccountService(
    BookingOperationRunner runner,
    IDbContextFactory<BookingDbContext> contextFactory,
    IPasswordHasher<User> passwordHasher)
{
    public const int MinPasswordLength = 8;
    public const int MaxEmailLength = 254;
    public const int MaxDisplayNameLength = 100;

    /// <exception cref="EmailTakenException">Another account has the same e-mail, compared case-insensitively.</exception>
    public Task<User> RegisterAsync(NewUser newUser, CancellationToken cancellationToken = default)
    {
        var email = newUser.Email.Trim();
        var displayName = newUser.DisplayName.Trim();
        if (email.Length is 0 or > MaxEmailLength || email.IndexOf('@', StringComparison.Ordinal) is <= 0 || email.EndsWith('@'))
        {
            throw new InvalidBookingRequestException("The e-mail address is not valid.");
        }

        if (displayName.Length is 0 or > MaxDisplayNameLength)
        {
            throw new InvalidBookingRequestException($"The display name must have 1 to {MaxDisplayNameLength} characters.");
        }

        if (newUser.Password.Length < MinPasswordLength)
        {
            throw new InvalidBookingRequestException($"The password must have at least {MinPasswordLength} characters.");
        }

        return runner.RunAsync(
            async operation =>
            {
                var normalized = User.NormalizeEmail(email);
                if (await operation.Db.Users.AnyAsync(user => user.NormalizedEmail == normalized, operation.CancellationToken))
                {
                    throw new EmailTakenException("Another account already uses this e-mail address.");
                }

                var user = new User
                {
                    Email = email,
                    NormalizedEmail = normalized,
                    DisplayName = displayName,
                    Role = newUser.Role,
                    CreatedAt = operation.Now,
                };
                user.PasswordHash = passwordHasher.HashPassword(user, newUser.Password);
                operation.Db.Users.Add(user);
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                return user;
            },
            cancellationToken);
    }

    /// <summary>The active user with this e-mail and password, or null. Upgrades an outdated hash on the way.</summary>
    public async Task<User?> VerifyPasswordAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var normalized = User.NormalizeEmail(email);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(candidate => candidate.NormalizedEmail == normalized, cancellationToken);
        if (user is null || !user.IsActive || user.PasswordHash.Length == 0)
        {
            return null;
        }

        var result = passwordHasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = passwordHasher.HashPassword(user, password);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else changed the account meanwhile; the old hash still verifies, upgrade next time.
            }
        }

        return result == PasswordVerificationResult.Failed ? null : user;
    }

    /// <summary>An admin lifts a client's block and resets the no-show count.</summary>
    public Task<User> UnblockClientAsync(Actor actor, Guid clientId, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            throw new NotAllowedException("Only an admin may unblock a client.");
        }

        return runner.RunAsync(
            async operation =>
            {
                var client = await operation.Db.Users.SingleOrDefaultAsync(user => user.Id == clientId, operation.CancellationToken)
                    ?? throw new NotFoundException("No such user.");
                client.IsBlocked = false;
                client.NoShowCount = 0;
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                return client;
            },
            cancellationToken);
    }
}
