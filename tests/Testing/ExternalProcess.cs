using System.Diagnostics;
using System.Text;

namespace Testing;

/// <summary>Runs a helper program (initdb, pg_ctl, chown …) to completion and fails loudly with its output.</summary>
internal static class ExternalProcess
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        output.Append(await stdout).Append(await stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', startInfo.ArgumentList)} exited with {process.ExitCode}:{Environment.NewLine}{output}");
        }

        return output.ToString();
    }

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Finds an executable on PATH or in the given extra folders.</summary>
    public static string? Find(string name, params string[] extraFolders)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in extraFolders.Concat(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
