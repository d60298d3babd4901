using Npgsql;

namespace Booking.Data.Setup;

/// <summary>Which database the service uses and how to reach it, resolved once from configuration.</summary>
public sealed record BookingDatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// A PostgreSQL connection string, with two defaults the booking workload wants unless the string sets them:
    /// automatic preparation of the few statements it repeats (PostgreSQL then skips parsing and planning), and no
    /// session reset when a connection returns to the pool (the service sets no session state).
    /// </summary>
    public static BookingDatabaseSettings Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!ContainsKey(builder, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!ContainsKey(builder, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return new BookingDatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString);
    }

    /// <summary>A SQLite file; a busy writer is waited for (up to 30 s) rather than failing at once.</summary>
    public static BookingDatabaseSettings SqliteFile(string path) =>
        new(DatabaseProvider.Sqlite, $"Data Source={path};Default Timeout=30;Pooling=True");

    /// <summary>Whether the string sets the keyword (the builder writes every key it parsed in its canonical spelling).</summary>
    private static bool ContainsKey(NpgsqlConnectionStringBuilder builder, string keyword) =>
        builder.ConnectionString.Contains(keyword + "=", StringComparison.OrdinalIgnoreCase);
}
