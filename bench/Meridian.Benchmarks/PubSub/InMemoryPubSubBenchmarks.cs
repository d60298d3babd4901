using BenchmarkDotNet.Attributes;
using Meridian.Subscriptions;

namespace Meridian.Benchmarks.PubSub;

/// <summary>
/// The publisher's side of in-process fan-out (one send into 1,000 subscriber buffers, then each buffer drained
/// synchronously) and the cost of subscribing and leaving. Latency to awaiting readers is the pubsub harness's job.
/// </summary>
[MemoryDiagnoser]
public class InMemoryPubSubBenchmarks
{
    private const int Subscribers = 1000;

    private readonly InMemoryPubSub _pubSub = new();
    private readonly List<IAsyncEnumerator<long>> _readers = [];
    private long _sequence;

    // Blocks: BenchmarkDotNet 0.14's in-process toolchain does not await an asynchronous [GlobalSetup] (see
    // EngineComparisonBenchmarks).
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        for (var i = 0; i < Subscribers; i++)
        {
            var stream = await _pubSub.SubscribeAsync<long>("fan-out");
            _readers.Add(stream.ReadEventsAsync().GetAsyncEnumerator());
        }
    }

    [Benchmark(OperationsPerInvoke = Subscribers)]
    public async Task<long> Send_to_1000_subscribers_per_delivery()
    {
        await _pubSub.SendAsync("fan-out", ++_sequence);
        var sum = 0L;
        foreach (var reader in _readers)
        {
            await reader.MoveNextAsync();
            sum += reader.Current;
        }

        return sum;
    }

    [Benchmark]
    public async Task Subscribe_and_leave_a_busy_topic()
    {
        var stream = await _pubSub.SubscribeAsync<long>("fan-out");
        await stream.DisposeAsync();
    }
}
