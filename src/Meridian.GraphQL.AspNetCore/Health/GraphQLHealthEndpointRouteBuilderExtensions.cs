using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Meridian.AspNetCore.Health;

public static class GraphQLHealthEndpointRouteBuilderExtensions
{
    /// <summary>The tag of the checks that decide readiness (the executor, the database, Redis).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Maps <c>/health/live</c> (the process answers; no checks, so a slow dependency never gets it restarted) and
    /// <c>/health/ready</c> (every check tagged <see cref="ReadyTag"/>), both answering JSON with each check's status.
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQLHealthChecks(this IEndpointRouteBuilder endpoints, string livePath = "/health/live", string readyPath = "/health/ready")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(livePath, new HealthCheckOptions { Predicate = static _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(readyPath, new HealthCheckOptions { Predicate = static check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("status", report.Status.ToString());
        writer.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            writer.WriteStartObject(name);
            writer.WriteString("status", entry.Status.ToString());
            if (entry.Description is not null)
            {
                writer.WriteString("description", entry.Description);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
