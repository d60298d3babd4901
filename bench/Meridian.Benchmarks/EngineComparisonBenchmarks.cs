using BenchmarkDotNet.Attributes;
using Meridian.Benchmarks.EngineComparison;
using Meridian.Execution;
using Meridian.Language;
using Meridian.Types;
using Meridian.Validation;

namespace Meridian.Benchmarks;

/// <summary>
/// The rows of the comparison with graphql-js (bench/graphql-js/engine-comparison.mjs runs the same schema, documents
/// and data): parse the kitchen sink; parse and validate the introspection query; execute the introspection query on a
/// booking-size schema; execute a three-level query returning 1,000 objects, with and without the document cache.
/// bench/run-engine-comparison.sh runs both sides and writes bench/results/engine-comparison.md.
/// </summary>
[MemoryDiagnoser]
public class EngineComparisonBenchmarks
{
    private readonly OperationRequest _introspectionRequest = OperationRequest.FromSource(ComparisonInputs.IntrospectionQueryText);
    private readonly OperationRequest _threeLevelRequest = OperationRequest.FromSource(ComparisonInputs.ThreeLevelQuery);
    private Schema _schema = null!;
    private IRequestExecutor _cached = null!;
    private IRequestExecutor _uncached = null!;

    // BenchmarkDotNet 0.14's in-process toolchain does not await an asynchronous [GlobalSetup] (dotnet/BenchmarkDotNet
    // #1738): the benchmarks would start before the setup ends and its failures would go unseen, so it blocks here.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    public async Task SetupAsync()
    {
        var providers = AvailabilityData.Generate();
        _cached = await ComparisonExecutors.CreateAsync(providers, documentCache: true);
        _uncached = await ComparisonExecutors.CreateAsync(providers, documentCache: false);
        _schema = _cached.Schema;

        // Both results must be free of errors, or the rows would measure error paths.
        await EnsureSucceedsAsync(_cached, _introspectionRequest);
        await EnsureSucceedsAsync(_cached, _threeLevelRequest);
        await EnsureSucceedsAsync(_uncached, _threeLevelRequest);
    }

    [Benchmark]
    public DocumentNode ParseKitchenSink() => Parser.Parse(ComparisonInputs.KitchenSink);

    [Benchmark]
    public ValidationResult ParseAndValidateIntrospectionQuery() =>
        DocumentValidator.Default.Validate(_schema, Parser.Parse(ComparisonInputs.IntrospectionQueryText));

    [Benchmark]
    public Task ExecuteIntrospectionQuery() => ExecuteAsync(_cached, _introspectionRequest);

    [Benchmark]
    public Task ExecuteThreeLevelQuery() => ExecuteAsync(_cached, _threeLevelRequest);

    [Benchmark]
    public Task ExecuteThreeLevelQueryWithoutDocumentCache() => ExecuteAsync(_uncached, _threeLevelRequest);

    private static async Task ExecuteAsync(IRequestExecutor executor, OperationRequest request)
    {
        await using var result = await executor.ExecuteAsync(request);
    }

    private static async Task EnsureSucceedsAsync(IRequestExecutor executor, OperationRequest request)
    {
        using var result = await executor.ExecuteOperationAsync(request);
        if (result.Errors.Count > 0 || !result.HasData)
        {
            throw new InvalidOperationException($"The benchmark request failed: {result.ToJson()}");
        }
    }
}
