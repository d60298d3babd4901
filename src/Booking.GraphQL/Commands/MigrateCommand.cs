using Booking.Data.Migrations;
using Booking.Data.Setup;

namespace Booking.GraphQL.Commands;

/// <summary>
/// <c>Booking.GraphQL migrate</c>: brings the configured database (DATABASE_URL, ConnectionStrings:Booking or the
/// SQLite default) up to date and exits, without starting the server. Exit code 0 on success, 1 on failure.
/// </summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddBookingData(DatabaseSettingsResolver.Resolve(builder.Configuration));
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand));
        var settings = host.Services.GetRequiredService<BookingDatabaseSettings>();
        try
        {
            var applied = await host.Services.GetRequiredService<BookingMigrator>().MigrateAsync(cancellationToken);
            logger.LogInformation(
                "{Provider} database is up to date; applied now: {Applied}",
                settings.Provider,
                applied.Count == 0 ? "nothing" : string.Join(", ", applied));
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Migrating the {Provider} database failed", settings.Provider);
            return 1;
        }
    }
}
