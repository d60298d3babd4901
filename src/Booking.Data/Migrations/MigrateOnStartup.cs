using Microsoft.Extensions.Hosting;

namespace Booking.Data.Migrations;

/// <summary>Brings the database up to date before the server starts taking requests (unless configured off).</summary>
internal sealed class MigrateOnStartup(BookingMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
