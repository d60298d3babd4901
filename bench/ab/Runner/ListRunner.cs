using System.Buffers;
using System.Diagnostics;
using Meridian.Execution;
using Meridian.LoadBenchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.AbBenchmarks;

/// <summary>
/// What the host calls in each build it loads: a function that executes the load benchmark's list query (100 objects
/// of 5 fields) and writes its JSON n times, returning the microseconds per request. Only CoreLib types cross from the
/// build's load context to the host's.
/// </summary>
public static class ListRunner
{
    public static Func<int, double> Create()
    {
        var services = new ServiceCollection();
        services.AddGraphQL()
            .AddTypeDefinitions(LoadData.Sdl)
            .BindPureResolver("Query", "items", static _ => LoadData.Items);

        // Blocking is the point here: one thread, one request after another, nothing else running.
        var executor = services.BuildServiceProvider().GetRequestExecutorAsync().AsTask().GetAwaiter().GetResult();
        var request = OperationRequest.FromSource("{ items { id name price quantity active } }");
        var output = new ArrayBufferWriter<byte>(1 << 16);
        return count =>
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < count; i++)
            {
                using var result = (OperationResult)executor.ExecuteAsync(request).GetAwaiter().GetResult();
                output.ResetWrittenCount();
                JsonResultFormatter.Write(result, output);
            }

            return Stopwatch.GetElapsedTime(start).TotalMicroseconds / count;
        };
    }
}
