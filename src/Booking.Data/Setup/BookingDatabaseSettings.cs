namespace Booking.Data.Setup;

/// <summary>Which database the service uses and how to reach it, resolved once from configuration.</summary>
public sealed record BookingDatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static BookingDatabaseSettings Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);

    /// <summary>A SQLite file; a busy writer is waited for (up to 30 s) rather than failing at once.</summary>
    public static BookingDatabaseSettings SqliteFile(string path) =>
        new(DatabaseProvider.Sqlite, $"Data Source={path};Default Timeout=30;Pooling=True");
}
