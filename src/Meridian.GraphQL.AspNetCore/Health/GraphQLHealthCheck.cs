using Meridian.Execution;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Meridian.AspNetCore.Health;

/// <summary>Ready when the executor builds: its schema is valid and its services resolve.</summary>
internal sealed class GraphQLHealthCheck(IServiceProvider services, string? schemaName) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var executor = await services.GetRequestExecutorAsync(schemaName, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"The schema has {executor.Schema.Types.Count} types.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The GraphQL executor could not be built.", exception);
        }
    }
}
