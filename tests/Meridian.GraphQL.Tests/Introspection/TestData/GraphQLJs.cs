using System.Diagnostics;

namespace Meridian.Introspection.Tests;

/// <summary>
/// Runs the graphql-js scripts of tools/graphql-js (graphql 17.1.0, installed by scripts/install-test-dependencies.sh
/// with <c>npm ci</c>) with node: the reference implementation, to compare Meridian's answers with.
/// </summary>
internal static class GraphQLJs
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>graphql-js's <c>getIntrospectionQuery</c> with every option on.</summary>
    public static Task<string> GetIntrospectionQueryAsync() => RunAsync("introspection-query.mjs", input: null);

    /// <summary><c>printSchema(buildClientSchema(result))</c> for an introspection result in JSON.</summary>
    public static Task<string> RebuildSchemaAsync(string introspectionResultJson) => RunAsync("rebuild-schema.mjs", introspectionResultJson);

    private static async Task<string> RunAsync(string script, string? input)
    {
        var folder = FindToolFolder();
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);

        using var timeout = new CancellationTokenSource(Timeout);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), timeout.Token);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await stderr}");
        }

        return output;
    }

    private static string FindToolFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var folder = Path.Combine(directory.FullName, "tools", "graphql-js");
            if (File.Exists(Path.Combine(directory.FullName, "Booking.sln")) && Directory.Exists(folder))
            {
                return Directory.Exists(Path.Combine(folder, "node_modules", "graphql"))
                    ? folder
                    : throw new InvalidOperationException($"graphql-js is not installed in {folder}: run scripts/install-test-dependencies.sh.");
            }
        }

        throw new InvalidOperationException("The repository root (with Booking.sln and tools/graphql-js) was not found above the test binaries.");
    }
}
