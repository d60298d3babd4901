using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Booking.Data.Setup;

/// <summary>
/// Per-connection SQLite settings. busy_timeout lets SQLite itself wait for the write lock with short sleeps (the
/// driver's own retry sleeps far longer between tries); with WAL, synchronous=NORMAL is still crash-safe for the
/// database file and avoids an fsync per commit.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
