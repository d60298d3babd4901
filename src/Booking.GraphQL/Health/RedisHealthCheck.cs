using Meridian.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Booking.GraphQL.Health;

/// <summary>Ready when Redis (subscription events, persisted operations) answers a PING.</summary>
internal sealed class RedisHealthCheck(RedisConnectionProvider connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var multiplexer = await connection.GetAsync(cancellationToken);
            var latency = await multiplexer.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:0.0} ms.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Redis is unreachable.", exception);
        }
    }
}
