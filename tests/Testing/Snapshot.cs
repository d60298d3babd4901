using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Testing;

/// <summary>
/// Snapshot assertions in Snapshooter's style: the expected text lives in
/// <c>__snapshots__/{TestClass}.{TestMethod}[_{name}].snap</c> beside the test file. A missing snapshot is written on
/// first run (and fails under CI, where nothing may be invented); <c>UPDATE_SNAPSHOTS=1</c> rewrites them
/// deliberately; a mismatch writes the actual text to <c>__snapshots__/__mismatch__/</c> for diffing.
/// </summary>
public static class Snapshot
{
    private static readonly JsonSerializerOptions IndentedJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Compares text (line endings normalized) with its snapshot file.</summary>
    public static void Match(
        string actual,
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__");
        var fileName = $"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}{(name is null ? string.Empty : "_" + name)}.snap";
        var snapshotPath = Path.Combine(folder, fileName);
        var normalized = Normalize(actual);

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") is "1" or "true")
        {
            Write(snapshotPath, normalized);
            return;
        }

        if (!File.Exists(snapshotPath))
        {
            if (IsContinuousIntegration)
            {
                throw new SnapshotMismatchException(
                    $"Snapshot {fileName} does not exist. Snapshots are created on a developer machine and committed; CI never invents them.");
            }

            Write(snapshotPath, normalized);
            return;
        }

        var expected = Normalize(File.ReadAllText(snapshotPath));
        if (expected == normalized)
        {
            return;
        }

        var mismatchPath = Path.Combine(folder, "__mismatch__", fileName);
        Write(mismatchPath, normalized);
        throw new SnapshotMismatchException(
            $"Snapshot {fileName} does not match. Actual written to {mismatchPath}.{Environment.NewLine}{FirstDifference(expected, normalized)}");
    }

    /// <summary>Compares a JSON document, re-indented with its property order kept, with its snapshot file.</summary>
    public static void MatchJson(
        string json,
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        using var document = JsonDocument.Parse(json);
        Match(JsonSerializer.Serialize(document.RootElement, IndentedJson), name, testFile, testMethod);
    }

    private static bool IsContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value && value != "false" && value != "0";

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of snapshot>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of actual>";
            if (e != a)
            {
                return $"First difference at line {i + 1}:{Environment.NewLine}  expected: {e}{Environment.NewLine}  actual:   {a}";
            }
        }

        return string.Empty;
    }
}

public sealed class SnapshotMismatchException(string message) : Exception(message);
