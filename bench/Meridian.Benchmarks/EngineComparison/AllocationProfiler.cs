using System.Diagnostics.Tracing;
using System.Globalization;
using System.Reflection;

namespace Meridian.Benchmarks.EngineComparison;

/// <summary>
/// Tells which types a benchmark of <see cref="EngineComparisonBenchmarks"/> allocates, to find what to pool or
/// remove: runs it many times and counts the runtime's allocation-tick events (one sample per ~100 KB allocated, with
/// the type of the object that crossed the mark), then prints bytes per operation exactly
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>) and the sampled share of each type.
/// <c>dotnet Meridian.Benchmarks.dll profile-allocations ExecuteThreeLevelQuery [operations]</c>
/// <para>
/// <c>run-operations ExecuteThreeLevelQuery N</c> only runs the benchmark N times after its setup: under
/// <c>valgrind --tool=callgrind</c>, the difference between two counts of N divided by their difference is the
/// instructions per operation, a measure that the machine's load does not disturb.
/// </para>
/// </summary>
public static class AllocationProfiler
{
    public const string Command = "profile-allocations";

    public const string RunCommand = "run-operations";

    public static async Task<int> RunOperationsAsync(IReadOnlyList<string> arguments)
    {
        var method = arguments.Count == 2
            ? typeof(EngineComparisonBenchmarks).GetMethod(arguments[0], BindingFlags.Public | BindingFlags.Instance)
            : null;
        if (method is null)
        {
            await Console.Error.WriteLineAsync($"usage: {RunCommand} <EngineComparisonBenchmarks method> <operations>");
            return 2;
        }

        var benchmarks = new EngineComparisonBenchmarks();
        await benchmarks.SetupAsync();
        var run = CreateRunner(benchmarks, method);
        var operations = int.Parse(arguments[1], CultureInfo.InvariantCulture);
        for (var i = 0; i < operations; i++)
        {
            await run();
        }

        return 0;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var method = arguments.Count is 1 or 2
            ? typeof(EngineComparisonBenchmarks).GetMethod(arguments[0], BindingFlags.Public | BindingFlags.Instance)
            : null;
        if (method is null)
        {
            await Console.Error.WriteLineAsync($"usage: {Command} <EngineComparisonBenchmarks method> [operations]");
            return 2;
        }

        var operations = arguments.Count == 2 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 5_000;
        var benchmarks = new EngineComparisonBenchmarks();
        await benchmarks.SetupAsync();
        var run = CreateRunner(benchmarks, method);

        // Warm up so that caches, pools and tiered compilation settle before anything is counted.
        for (var i = 0; i < 200; i++)
        {
            await run();
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < 100; i++)
        {
            await run();
        }

        var perOperation = (GC.GetTotalAllocatedBytes(precise: true) - before) / 100.0;

        using var listener = new AllocationTickListener();
        for (var i = 0; i < operations; i++)
        {
            await run();
        }

        Console.WriteLine($"{method.Name}: {perOperation:N0} bytes per operation; samples over {operations:N0} operations:");
        var total = listener.Samples.Values.Sum();
        foreach (var (type, count) in listener.Samples.OrderByDescending(pair => pair.Value))
        {
            Console.WriteLine($"{100.0 * count / total,6:F1} %  ~{perOperation * count / total,9:N0} B/op  {type}");
        }

        return 0;
    }

    private static Func<Task> CreateRunner(EngineComparisonBenchmarks benchmarks, MethodInfo method)
    {
        if (method.ReturnType == typeof(Task))
        {
            return () => (Task)method.Invoke(benchmarks, null)!;
        }

        return () =>
        {
            method.Invoke(benchmarks, null);
            return Task.CompletedTask;
        };
    }

    private sealed class AllocationTickListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public Dictionary<string, long> Samples { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (!eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) ?? true)
            {
                return;
            }

            var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
            var type = index >= 0 ? eventData.Payload?[index] as string ?? "?" : "?";
            lock (Samples)
            {
                Samples[type] = Samples.GetValueOrDefault(type) + 1;
            }
        }
    }
}
