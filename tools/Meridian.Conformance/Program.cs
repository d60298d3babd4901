using Meridian.Conformance;

// Usage: Meridian.Conformance <conformance folder> [--verbose]
// Exit code 0 when every case behaves as expected, 1 otherwise, 2 on bad usage.
if (args.Length == 0 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: Meridian.Conformance <conformance folder> [--verbose]");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var verbose = args.Contains("--verbose");
var rows = new List<(string Suite, int Count, int Passed, int Skipped)>();
var failures = new List<(string Suite, CaseResult Case)>();
var remarks = new List<(string Suite, CaseResult Case)>();
var skips = new List<(string Suite, CaseResult Case)>();

foreach (var suite in SuiteRegistry.All)
{
    var results = suite.Skips.Apply(await suite.RunAsync(root, CancellationToken.None).ToListAsync());
    rows.Add((suite.Name, results.Count, results.Count(r => r.Passed), results.Count(r => r.Skipped)));
    failures.AddRange(results.Where(r => !r.Passed && !r.Skipped).Select(r => (suite.Name, r)));
    skips.AddRange(results.Where(r => r.Skipped).Select(r => (suite.Name, r)));
    remarks.AddRange(results.Where(r => r.Passed && r.Note is not null).Select(r => (suite.Name, r)));
}

Console.WriteLine("| source | count | passed | skipped |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (suite, count, passed, skipped) in rows)
{
    Console.WriteLine($"| {suite} | {count} | {passed} | {skipped} |");
}

Console.WriteLine($"| total | {rows.Sum(r => r.Count)} | {rows.Sum(r => r.Passed)} | {rows.Sum(r => r.Skipped)} |");

if (skips.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("Skipped (not applicable, with the reason):");
    foreach (var (suite, result) in skips)
    {
        Console.WriteLine($"- [{suite}] {result.Id}: {result.Note}");
    }
}

if (failures.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("Failures:");
    foreach (var (suite, result) in failures)
    {
        Console.WriteLine($"- [{suite}] {result.Id}: {result.Note}");
    }
}

if (verbose && remarks.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("Passed with remarks:");
    foreach (var (suite, result) in remarks)
    {
        Console.WriteLine($"- [{suite}] {result.Id}: {result.Note}");
    }
}

return failures.Count == 0 ? 0 : 1;
