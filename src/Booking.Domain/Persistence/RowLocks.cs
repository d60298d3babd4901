using Booking.Data;
using Booking.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Persistence;

/// <summary>
/// Loads a row for update. On PostgreSQL the row stays locked until commit, which serializes one client's
/// reservations (hold count, overlap, block) without touching anyone else's; SQLite's write transaction already
/// excludes every other writer.
/// </summary>
internal static class RowLocks
{
    public static async Task<User?> LockUserAsync(BookingDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres)
        {
            return await db.Users.SingleOrDefaultAsync(user => user.Id == userId, cancellationToken);
        }

        var rows = await db.Users
            .FromSqlInterpolated($"SELECT * FROM users WHERE id = {userId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
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
