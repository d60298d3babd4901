namespace Meridian.CodeFirst;

/// <summary>
/// The <c>schema export [--output schema.graphql] [--executor name]</c> command line of Hot Chocolate's
/// <c>RunWithGraphQLCommandsAsync</c>, for a server's <c>Program.cs</c>:
/// <code>if (SchemaExportCommand.IsMatch(args)) { return await SchemaExportCommand.RunAsync(args, app.Services, Console.Out); }</code>
/// Without <c>--output</c> the SDL goes to the given writer.
/// </summary>
public static class SchemaExportCommand
{
    /// <summary>True when the arguments start with <c>schema export</c>.</summary>
    public static bool IsMatch(IReadOnlyList<string> args) => args is ["schema", "export", ..];

    /// <summary>Exports the schema; returns the process exit code (2 for bad arguments).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        if (!IsMatch(args))
        {
            await output.WriteLineAsync("usage: schema export [--output <file>] [--executor <name>]").ConfigureAwait(false);
            return 2;
        }

        string? path = null;
        string? executor = null;
        for (var i = 2; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--output" or "-o" when i + 1 < args.Count:
                    path = args[++i];
                    break;
                case "--executor" when i + 1 < args.Count:
                    executor = args[++i];
                    break;
                default:
                    await output.WriteLineAsync($"Unknown or incomplete option \"{args[i]}\". usage: schema export [--output <file>] [--executor <name>]").ConfigureAwait(false);
                    return 2;
            }
        }

        if (path is null)
        {
            await output.WriteAsync(await SchemaExporter.ExportAsync(services, executor, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }
        else
        {
            await SchemaExporter.WriteAsync(services, path, executor, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"The schema was written to {Path.GetFullPath(path)}.").ConfigureAwait(false);
        }

        return 0;
    }
}
