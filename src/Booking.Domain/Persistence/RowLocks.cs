using Booking.Data;
using Booking.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Booking.Domain.Persistence;

/// <summary>
/// Row locks. On PostgreSQL a locked row stays locked until commit, which serializes one client's reservations (hold
/// count, overlap, block) without touching anyone else's; SQLite's write transaction already excludes every other
/// writer.
/// </summary>
internal static class RowLocks
{
    /// <summary>
    /// Locks the user's row (FOR UPDATE) and reads what booking needs of it and, in the same statement, the version of
    /// the active provider <paramref name="providerId"/> (null when there is no such provider, or none was asked for).
    /// A hand-written, auto-prepared command: this runs once per reservation, and EF can neither express FOR UPDATE
    /// nor cache the SQL of a FromSql query.
    /// </summary>
    public static async Task<LockedClient?> LockClientAsync(
        BookingDbContext db, Guid clientId, Guid? providerId, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres)
        {
            return await db.Users
                .Where(user => user.Id == clientId)
                .Select(user => new LockedClient(
                    user.Id,
                    user.Role,
                    user.IsActive,
                    user.IsBlocked,
                    user.NoShowCount,
                    db.ProviderProfiles
                        .Where(profile => profile.Id == providerId && profile.User!.IsActive)
                        .Select(profile => (int?)profile.Version)
                        .FirstOrDefault()))
                .SingleOrDefaultAsync(cancellationToken);
        }

        await using var command = PostgresCommands.Create(
            db,
            """
            SELECT u.role, u.is_active, u.is_blocked, u.no_show_count,
                (SELECT p.version FROM provider_profiles p JOIN users pu ON pu.id = p.id WHERE p.id = $2 AND pu.is_active)
            FROM users u
            WHERE u.id = $1
            FOR UPDATE OF u
            """,
            new NpgsqlParameter<Guid> { TypedValue = clientId },
            new NpgsqlParameter<Guid?> { TypedValue = providerId, NpgsqlDbType = NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new LockedClient(
            clientId,
            Enum.Parse<UserRole>(reader.GetString(0)),
            reader.GetBoolean(1),
            reader.GetBoolean(2),
            reader.GetInt32(3),
            reader.IsDBNull(4) ? null : reader.GetInt32(4));
    }

    /// <summary>
    /// Serializes reservations of one provider. Needed only when the provider has buffers: the exclusion constraint
    /// covers overlaps, but a buffer between two appointments is a rule across rows that only a lock can keep.
    /// </summary>
    public static async Task LockProviderAsync(BookingDbContext db, Guid providerId, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT 1 FROM provider_profiles WHERE id = {providerId} FOR UPDATE", cancellationToken);
        }
    }
}
