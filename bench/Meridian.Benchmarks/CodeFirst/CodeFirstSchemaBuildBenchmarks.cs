using BenchmarkDotNet.Attributes;
using Meridian.Benchmarks.CodeFirst.HundredTypes;
using Meridian.CodeFirst;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Benchmarks.CodeFirst;

/// <summary>
/// Building a schema of 100 code-first object types (inference, resolver compilation, completion and validation),
/// against building the same schema from its SDL with no resolvers to compile.
/// </summary>
[MemoryDiagnoser]
public class CodeFirstSchemaBuildBenchmarks
{
    private string _sdl = null!;

    // Blocks: BenchmarkDotNet 0.14's in-process toolchain does not await an asynchronous [GlobalSetup] (see
    // EngineComparisonBenchmarks).
    [GlobalSetup]
    public void Setup() => _sdl = SchemaExporter.Export(BuildCodeFirstAsync().GetAwaiter().GetResult().Schema);

    [Benchmark]
    public Task<IRequestExecutor> BuildCodeFirst() => BuildCodeFirstAsync();

    [Benchmark(Baseline = true)]
    public Task<IRequestExecutor> BuildFromSdl()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddTypeDefinitions(_sdl);
        return services.BuildServiceProvider().GetRequestExecutorAsync().AsTask();
    }

    private static Task<IRequestExecutor> BuildCodeFirstAsync()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddQueryType<HundredTypesQuery>();
        return services.BuildServiceProvider().GetRequestExecutorAsync().AsTask();
    }
}
