using System.Reflection;
using Booking.Data.Setup;
using Meridian.Execution;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Booking.GraphQL.Schema;

/// <summary>
/// The schema served until the booking API lands: what the server is (version, database, subscription transport)
/// and whether it is ready. Small on purpose; the booking types come with their own issue.
/// </summary>
public static class BookingSchema
{
    public const string Sdl = """
        "The booking API."
        type Query {
          "The server answering this request."
          server: ServerInfo!
          "The readiness of the server and its dependencies (the same checks as /health/ready)."
          health: HealthReport!
        }

        "What the server is and what it is connected to."
        type ServerInfo {
          name: String!
          version: String!
          "PostgreSQL or Sqlite."
          database: String!
          "How subscription events travel: in-process or Redis."
          subscriptionTransport: String!
        }

        "The outcome of the readiness checks."
        type HealthReport {
          "Healthy, Degraded or Unhealthy."
          status: String!
          checks: [HealthCheck!]!
        }

        type HealthCheck {
          name: String!
          status: String!
          description: String
        }
        """;

    public static IRequestExecutorBuilder AddBookingSchema(this IRequestExecutorBuilder builder) =>
        builder
            .AddTypeDefinitions(Sdl)
            .BindPureResolver("Query", "server", static context => new ServerInfo(
                "Booking API",
                typeof(BookingSchema).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
                context.Service<BookingDatabaseSettings>().Provider.ToString(),
                context.Service<ServerTransport>().SubscriptionTransport))
            .BindResolver("Query", "health", static async context =>
            {
                var report = await context.Service<HealthCheckService>().CheckHealthAsync(
                    static check => check.Tags.Contains(Meridian.AspNetCore.Health.GraphQLHealthEndpointRouteBuilderExtensions.ReadyTag),
                    context.RequestAborted);
                return new HealthReportInfo(
                    report.Status.ToString(),
                    [.. report.Entries.Select(static entry => new HealthCheckInfo(entry.Key, entry.Value.Status.ToString(), entry.Value.Description))]);
            });

    private sealed record ServerInfo(string Name, string Version, string Database, string SubscriptionTransport);

    private sealed record HealthReportInfo(string Status, IReadOnlyList<HealthCheckInfo> Checks);

    private sealed record HealthCheckInfo(string Name, string Status, string? Description);
}
