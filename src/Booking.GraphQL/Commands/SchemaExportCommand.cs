using Booking.GraphQL.Schema;
using Meridian.Execution;
using Meridian.Types;

namespace Booking.GraphQL.Commands;

/// <summary>
/// <c>Booking.GraphQL schema export [--output FILE]</c>: prints the schema's SDL to the file (or standard output)
/// without starting the server or touching the database. The committed <c>schema.graphql</c> is its output.
/// </summary>
internal static class SchemaExportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        string? file = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--output" or "-o" && i + 1 < args.Length)
            {
                file = args[++i];
            }
            else
            {
                await error.WriteLineAsync($"Unknown argument '{args[i]}'. Usage: schema export [--output FILE]");
                return 2;
            }
        }

        var sdl = await PrintAsync(cancellationToken);
        if (file is null)
        {
            await output.WriteAsync(sdl);
        }
        else
        {
            await File.WriteAllTextAsync(file, sdl, cancellationToken);
            await output.WriteLineAsync($"Schema written to {System.IO.Path.GetFullPath(file)}");
        }

        return 0;
    }

    /// <summary>The SDL of the schema the server serves.</summary>
    public static async Task<string> PrintAsync(CancellationToken cancellationToken = default)
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddBookingSchema();
        await using var provider = services.BuildServiceProvider();
        var executor = await provider.GetRequestExecutorAsync(cancellationToken: cancellationToken);
        return SchemaPrinter.Print(executor.Schema);
    }
}
