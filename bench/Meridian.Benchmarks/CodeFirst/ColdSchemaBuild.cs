using System.Diagnostics;
using Meridian.Benchmarks.CodeFirst.HundredTypes;
using Meridian.CodeFirst;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Benchmarks.CodeFirst;

/// <summary>
/// The first build of the 100-type code-first schema in a fresh process, JIT and reflection caches cold: what a
/// server pays at start-up, which BenchmarkDotNet's warmed-up mean does not show.
/// <c>dotnet Meridian.Benchmarks.dll codefirst-cold-build</c>; run it a few times, each run is one fresh process.
/// </summary>
internal static class ColdSchemaBuild
{
    public const string Command = "codefirst-cold-build";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var builds = arguments is [var count, ..] && int.TryParse(count, out var parsed) ? parsed : 3;
        for (var build = 1; build <= builds; build++)
        {
            var stopwatch = Stopwatch.StartNew();
            var services = new ServiceCollection();
            services.AddGraphQL().AddQueryType<HundredTypesQuery>();
            var executor = await services.BuildServiceProvider().GetRequestExecutorAsync();
            stopwatch.Stop();
            Console.WriteLine($"build {build}: {stopwatch.Elapsed.TotalMilliseconds:0.0} ms, {executor.Schema.Types.Count} types");
        }

        return 0;
    }
}
