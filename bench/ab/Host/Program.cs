using Meridian.AbBenchmarks;

// Usage: AbHost ROUNDS REQUESTS FOLDER... (each folder one build of bench/ab/Runner; see bench/ab/run.sh).
// Every build runs in this one process, in its own load context, and the builds take turns round by round (the order
// reversed every other round). This machine's speed drifts by half within seconds, so two builds measured one after
// the other compare the machine as much as the code; taking turns every few milliseconds, both see the same machine,
// and the per-round ratios to the first build show a difference of a few percent that separate runs cannot.
if (args.Length < 3 || !int.TryParse(args[0], out var rounds) || !int.TryParse(args[1], out var requests))
{
    Console.Error.WriteLine("usage: AbHost ROUNDS REQUESTS FOLDER...");
    return 2;
}

var folders = args[2..];
var runners = folders.Select(folder => new BuildLoadContext(Path.GetFullPath(folder)).CreateRunner()).ToArray();
var times = runners.Select(_ => new List<double>()).ToArray();

// The first fifth of the rounds warms up (tiering, the compiled writers) and is not counted.
var warmup = rounds / 5;
for (var round = 0; round < rounds; round++)
{
    for (var turn = 0; turn < runners.Length; turn++)
    {
        var build = round % 2 == 0 ? turn : runners.Length - 1 - turn;
        var microseconds = runners[build](requests);
        if (round >= warmup)
        {
            times[build].Add(microseconds);
        }
    }
}

Console.WriteLine($"{rounds - warmup} rounds of {requests} requests per build, after {warmup} rounds of warm-up; µs per request:");
for (var build = 0; build < runners.Length; build++)
{
    var ratios = times[build].Zip(times[0], static (mine, first) => mine / first).ToList();
    Console.WriteLine($"{folders[build]}: median {Median(times[build]):F2}, first quartile {Quartile(times[build]):F2}; per round to the first build: median {Median(ratios):F3}");
}

return 0;

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static double Quartile(List<double> values) => values.Order().ElementAt(values.Count / 4);
