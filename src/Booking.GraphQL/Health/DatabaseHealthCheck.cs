using Booking.Data;
using Booking.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Booking.GraphQL.Health;

/// <summary>Ready when the booking database (PostgreSQL or SQLite) accepts a connection.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<BookingDbContext> contexts, BookingDatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var database = await contexts.CreateDbContextAsync(cancellationToken);
            return await database.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{settings.Provider} answers.")
                : HealthCheckResult.Unhealthy($"{settings.Provider} refuses connections.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{settings.Provider} is unreachable.", exception);
        }
    }
}
