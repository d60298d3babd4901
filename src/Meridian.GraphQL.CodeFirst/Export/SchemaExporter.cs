using System.Text;
using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Exports a schema as SDL, as Hot Chocolate's <c>schema export</c> command does: the schema a configured executor
/// builds from code, printed with a trailing newline, so that a checked-in <c>schema.graphql</c> can be compared
/// with what the code produces.
/// </summary>
public static class SchemaExporter
{
    /// <summary>The SDL of a built schema.</summary>
    public static string Export(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return SchemaPrinter.Print(schema);
    }

    /// <summary>The SDL of the executor named <paramref name="executorName"/> (the default one when null) of an application's services.</summary>
    public static async Task<string> ExportAsync(IServiceProvider services, string? executorName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var executor = await services.GetRequestExecutorAsync(executorName, cancellationToken).ConfigureAwait(false);
        return Export(executor.Schema);
    }

    /// <summary>Writes the SDL of an executor's schema to <paramref name="path"/> (UTF-8 without byte order mark), creating its folder.</summary>
    public static async Task WriteAsync(IServiceProvider services, string path, string? executorName = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var sdl = await ExportAsync(services, executorName, cancellationToken).ConfigureAwait(false);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(path, sdl, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
    }
}
