using Booking.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Booking.Domain.Persistence;

/// <summary>
/// Starts the transaction every booking write runs in. PostgreSQL: READ COMMITTED, with row locks and the exclusion
/// constraint doing the serializing. SQLite: BEGIN IMMEDIATE, so the whole operation holds the single write lock from
/// its first read and the checks it makes cannot go stale before it commits.
/// </summary>
internal static class WriteTransaction
{
    public static async Task<IDbContextTransaction> BeginAsync(BookingDbContext db, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            return await db.Database.BeginTransactionAsync(cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = connection.BeginTransaction(deferred: false);
        return await db.Database.UseTransactionAsync(transaction, cancellationToken)
            ?? throw new InvalidOperationException("EF did not take the SQLite transaction.");
    }
}
