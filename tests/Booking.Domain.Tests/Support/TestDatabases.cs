using Booking.Data.Setup;
using Testing;

namespace Booking.Domain.Tests.Support;

/// <summary>Empty databases for a test class: a fresh database on the shared PostgreSQL server, or a temp SQLite file.</summary>
internal static class TestDatabases
{
    public static async Task<BookingDatabaseSettings> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresServer.GetSharedAsync();
            return BookingDatabaseSettings.Postgres(await server.CreateDatabaseAsync("booking"));
        }

        var folder = Path.Combine(Path.GetTempPath(), "booking-tests");
        Directory.CreateDirectory(folder);
        return BookingDatabaseSettings.SqliteFile(Path.Combine(folder, $"{Guid.NewGuid():N}.db"));
    }

    /// <summary>Deletes a SQLite file and its WAL companions; PostgreSQL databases die with the test server.</summary>
    public static void Delete(BookingDatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = settings.ConnectionString.Split(';')[0]["Data Source=".Length..];
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
