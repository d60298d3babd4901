using Meridian.Redis;
using Meridian.Redis.Subscriptions;
using Meridian.Subscriptions;
using StackExchange.Redis;
using Testing;

namespace Meridian.Benchmarks.PubSub;

/// <summary>
/// <c>dotnet run -c Release --project bench/Meridian.Benchmarks -- pubsub [subscribers] [rounds]</c>: fan-out latency
/// (p50/p99) in process and through a private redis-server across two multiplexers, and memory per idle subscription.
/// Loopback only; bounded rounds.
/// </summary>
internal static class PubSubHarness
{
    public const string Command = "pubsub";

    public static async Task<int> RunAsync(string[] args)
    {
        var subscribers = args.Length > 0 ? int.Parse(args[0]) : 1000;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 200;
        const int Warmup = 20;
        Console.WriteLine($"{subscribers} subscribers on one topic, {rounds} publishes (+{Warmup} warm-up), {Environment.ProcessorCount} cores");

        var inMemory = new InMemoryPubSub();
        Report("in-process", await new FanOutLatency(inMemory, inMemory, subscribers, rounds, Warmup).MeasureAsync());
        Console.WriteLine($"in-process idle subscription, shared topic: {await IdleSubscriptionMemory.MeasureAsync(inMemory, 10_000, _ => "shared"):F0} bytes");
        Console.WriteLine($"in-process idle subscription, own topic: {await IdleSubscriptionMemory.MeasureAsync(inMemory, 10_000, i => $"own-{i}"):F0} bytes");

        await using var server = await RedisServer.StartAsync();
        await using var connectionA = new RedisConnectionProvider(server.Configuration);
        await using var connectionB = new RedisConnectionProvider(server.Configuration);
        await using var instanceA = new RedisPubSub(connectionA);
        await using var instanceB = new RedisPubSub(connectionB);
        Report("redis, published on B, received on A", await new FanOutLatency(instanceB, instanceA, subscribers, rounds, Warmup).MeasureAsync());
        Console.WriteLine($"redis idle subscription, shared topic: {await IdleSubscriptionMemory.MeasureAsync(instanceA, 10_000, _ => "shared"):F0} bytes");
        Console.WriteLine($"redis idle subscription, own topic (client side): {await IdleSubscriptionMemory.MeasureAsync(instanceA, 2_000, i => $"own-{i}"):F0} bytes");
        return 0;
    }

    private static void Report(string what, (List<double> PerSubscriber, List<double> AllDelivered) result)
    {
        Console.WriteLine(LatencyStatistics.Describe($"{what}, each subscriber", result.PerSubscriber));
        Console.WriteLine(LatencyStatistics.Describe($"{what}, all subscribers", result.AllDelivered));
    }
}
