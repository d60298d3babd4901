using System.Buffers;
using BenchmarkDotNet.Attributes;
using Meridian.Execution;
using Meridian.LoadBenchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Benchmarks;

/// <summary>
/// The load benchmark's query (bench/load: 100 objects of five leaves) executed and written to JSON, with the lists of
/// flat objects written as JSON while executing (the default) and, for comparison, completed as result trees.
/// </summary>
[MemoryDiagnoser]
public class FlatListBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(1 << 16);
    private IRequestExecutor _executor = null!;
    private OperationRequest _request = null!;

    [Params(true, false)]
    public bool WriteDirectly { get; set; }

    // Blocks: BenchmarkDotNet 0.14's in-process toolchain does not await an asynchronous [GlobalSetup].
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> ExecuteAndWrite()
    {
        using var result = await _executor.ExecuteOperationAsync(_request);
        _output.ResetWrittenCount();
        JsonResultFormatter.Write(result, _output);
        return _output.WrittenCount;
    }

    private async Task SetupAsync()
    {
        var services = new ServiceCollection();
        services.AddGraphQL()
            .AddTypeDefinitions(LoadData.Sdl)
            .ModifyRequestOptions(o => o.WriteFlatListsDirectly = WriteDirectly)
            .BindPureResolver("Query", "items", _ => LoadData.Items);
        _executor = await services.BuildServiceProvider().GetRequestExecutorAsync();
        _request = OperationRequest.FromSource("{ items { id name price quantity active } }");
    }
}
