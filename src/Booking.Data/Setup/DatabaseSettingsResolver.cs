using Microsoft.Extensions.Configuration;

namespace Booking.Data.Setup;

/// <summary>
/// Chooses the database from configuration: <c>DATABASE_URL</c> (a postgresql:// URL), else
/// <c>ConnectionStrings:Booking</c> (an Npgsql connection string), both PostgreSQL; otherwise the embedded SQLite
/// file at <c>Database:SqlitePath</c>, by default <c>data/booking.db</c> under the content root.
/// </summary>
public static class DatabaseSettingsResolver
{
    public const string DatabaseUrlKey = "DATABASE_URL";
    public const string ConnectionStringName = "Booking";
    public const string SqlitePathKey = "Database:SqlitePath";
    public const string MigrateOnStartupKey = "Database:MigrateOnStartup";

    public static BookingDatabaseSettings Resolve(IConfiguration configuration)
    {
        if (configuration[DatabaseUrlKey] is { Length: > 0 } url)
        {
            return BookingDatabaseSettings.Postgres(DatabaseUrl.ToConnectionString(url));
        }

        if (configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString)
        {
            return BookingDatabaseSettings.Postgres(connectionString);
        }

        var path = configuration[SqlitePathKey] is { Length: > 0 } configured
            ? configured
            : Path.Combine(configuration[HostContentRootKey] ?? Directory.GetCurrentDirectory(), "data", "booking.db");
        path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return BookingDatabaseSettings.SqliteFile(path);
    }

    /// <summary>The key under which the generic host publishes its content root.</summary>
    private const string HostContentRootKey = "contentRoot";
}
