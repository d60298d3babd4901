using System.Buffers;
using BenchmarkDotNet.Attributes;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Benchmarks;

/// <summary>
/// A three-level query over in-memory data: 100 providers, each with 10 appointments, each with its client — 1,000
/// appointment objects in the result, written to JSON. With the document cache the request is neither parsed,
/// validated nor planned again; without it (caches sized 0) every request does all three.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private const string Sdl = """
        type Query { providers: [Provider!]! }
        type Provider { id: Int! name: String! appointments: [Appointment!]! }
        type Appointment { id: Int! start: String! status: Status! client: Client! }
        type Client { id: Int! name: String! email: String }
        enum Status { BOOKED CANCELLED }
        """;

    private const string Document = """
        query Schedule {
          providers {
            id
            name
            appointments {
              id
              start
              status
              client { id name email }
            }
          }
        }
        """;

    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private IRequestExecutor _cached = null!;
    private IRequestExecutor _uncached = null!;
    private OperationRequest _request = null!;

    // Blocks: BenchmarkDotNet 0.14's in-process toolchain does not await an asynchronous [GlobalSetup] (see
    // EngineComparisonBenchmarks).
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var providers = Enumerable.Range(1, 100).Select(p => new Provider(
            p,
            "Provider " + p,
            Enumerable.Range(1, 10).Select(a => new Appointment(p * 100 + a, "2026-03-01T09:00:00Z", "BOOKED", new Client(a, "Client " + a, a % 2 == 0 ? null : $"c{a}@example.com"))).ToArray())).ToArray();
        _cached = await CreateAsync(providers, cacheSize: 256);
        _uncached = await CreateAsync(providers, cacheSize: 0);
        _request = OperationRequest.FromSource(Document);
    }

    [Benchmark(Baseline = true)]
    public Task<int> WithDocumentCache() => RunAsync(_cached);

    [Benchmark]
    public Task<int> WithoutDocumentCache() => RunAsync(_uncached);

    private async Task<int> RunAsync(IRequestExecutor executor)
    {
        using var result = await executor.ExecuteOperationAsync(_request);
        _output.ResetWrittenCount();
        JsonResultFormatter.Write(result, _output);
        return _output.WrittenCount;
    }

    private static async Task<IRequestExecutor> CreateAsync(Provider[] providers, int cacheSize)
    {
        var services = new ServiceCollection();
        services.AddGraphQL()
            .AddTypeDefinitions(Sdl)
            .ModifyRequestOptions(o =>
            {
                o.DocumentCacheSize = cacheSize;
                o.OperationCacheSize = cacheSize;
            })
            .BindPureResolver("Query", "providers", _ => providers)
            .BindPureResolver("Provider", "appointments", c => c.Parent<Provider>().Appointments);
        return await services.BuildServiceProvider().GetRequestExecutorAsync();
    }

    private sealed record Provider(int Id, string Name, Appointment[] Appointments);

    private sealed record Appointment(int Id, string Start, string Status, Client Client);

    private sealed record Client(int Id, string Name, string? Email);
}
