using Booking.GraphQL.Schema;
using Meridian.CodeFirst;
using Meridian.Execution;

namespace Booking.GraphQL.Commands;

/// <summary>
/// <c>Booking.GraphQL schema export [--output FILE]</c>: the schema's SDL, to the file or standard output, without
/// starting the server or touching the database (only the schema is configured). The committed
/// <c>schema.graphql</c> is its output. The command line itself is code-first's <c>schema export</c>.
/// </summary>
internal static class SchemaExportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var services = CreateSchemaServices();
        return await Meridian.CodeFirst.SchemaExportCommand.RunAsync(args, services, output, cancellationToken);
    }

    /// <summary>The SDL of the schema the server serves.</summary>
    public static async Task<string> PrintAsync(CancellationToken cancellationToken = default)
    {
        await using var services = CreateSchemaServices();
        return await SchemaExporter.ExportAsync(services, cancellationToken: cancellationToken);
    }

    private static ServiceProvider CreateSchemaServices()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddBookingSchema();
        return services.BuildServiceProvider();
    }
}
