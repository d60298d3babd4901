using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Meridian.Benchmarks.PubSub;
using Meridian.GraphQL.AspNetCore.Tests.Hosting;
using Meridian.SubscriptionLoad;
using Meridian.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Testing;

// dotnet run -c Release --project bench/Meridian.SubscriptionLoad -- [subscribers] [rounds] [report.md] [append]
// 1,000 WebSocket subscribers (graphql-transport-ws) on one topic, one publish per round; the delay until each has
// its event, in process and across two server instances through a private redis-server; memory per idle
// subscription. Loopback only, bounded rounds.
var subscribers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var reportPath = args.Length > 2 ? args[2] : Path.Combine("bench", "results", "subscriptions-load.md");
var append = args.Length > 3 && args[3] == "append";
const int Warmup = 10;
using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));
var report = new StringBuilder();
void Line(string text)
{
    Console.WriteLine(text);
    report.AppendLine(text);
}

Line(append ? "## Another run" : "# Subscription load");
Line(string.Empty);
var spinLimit = Environment.GetEnvironmentVariable("DOTNET_ThreadPool_UnfairSemaphoreSpinLimit");
Line($"Load average before the run: {LoadAverage()}{(spinLimit is null ? string.Empty : $"; DOTNET_ThreadPool_UnfairSemaphoreSpinLimit={spinLimit}")}.");
Line(string.Empty);
Line($"{subscribers} WebSocket subscribers (graphql-transport-ws, one connection each) on one topic; {rounds} rounds of one publish each (+{Warmup} warm-up rounds), 200 ms apart. "
    + $"Delay: from the publish until a subscriber's socket delivered the `next` message. CPU: the process's processor time from the publish until the last delivery "
    + $"(servers and clients together; on a machine shared with other work it tells the cost apart from the waiting). Loopback, clients and servers in one process. "
    + $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}.");
Line(string.Empty);
Line("| scenario | p50 per subscriber | p99 per subscriber | max | all delivered (p50 / max per round) | CPU per round (p50) | goal |");
Line("|---|---|---|---|---|---|---|");

var memory = new List<string>();

// In process: one server, publish through its own pub/sub. The per-connection operation limit is lifted: the
// multiplexed measurement runs every subscription over one socket.
await using (var server = await RealtimeTestServer.StartAsync(o =>
{
    o.Endpoints = BareSocketEndpoint.Map;
    o.Sockets = sockets => sockets.MaxOperationsPerConnection = null;
}))
{
    var baseline = await SettledMemory.MeasureAsync();
    await using (var fleet = new SubscriberFleet())
    {
        await fleet.ConnectAsync(server, subscribers, deadline.Token);
        await server.WaitForSubscribersAsync(ChatSchema.Topic(SubscriberFleet.Room), subscribers, TimeSpan.FromMinutes(2));
        var connected = await SettledMemory.MeasureAsync();
        memory.Add($"| connection + subscription (GraphQL session, Kestrel, and the client's ClientWebSocket) | {(connected - baseline) / (double)subscribers:F0} |");
        Line(Row("in process", await fleet.MeasureAsync(server.Sender, rounds, Warmup), "p99 < 50 ms"));
    }

    memory.Add($"| bare WebSocket connection (Kestrel and client only; the same client, no GraphQL) | {await MeasureBareAsync(server, subscribers):F0} |");
    memory.Add($"| one more subscription on an open connection (server side: operation, scope, engine stream, topic subscriber) | {await MeasureMultiplexedAsync(server, subscribers):F0} |");
}

// Across instances: subscribers on A, events published on B, through one redis-server.
await using (var redis = await RedisServer.StartAsync(deadline.Token))
{
    var prefix = $"load:{Guid.NewGuid():N}:";
    await using var a = await StartRedisInstanceAsync(redis, prefix);
    await using var b = await StartRedisInstanceAsync(redis, prefix);
    await using var probe = await WaitUntilRedisDeliversAsync(a, b);
    await using var fleet = new SubscriberFleet();
    await fleet.ConnectAsync(a, subscribers, deadline.Token);
    await a.WaitForSubscribersAsync(ChatSchema.Topic(SubscriberFleet.Room), subscribers + 1, TimeSpan.FromMinutes(2));
    Line(Row("two instances through Redis (subscribed on A, published on B)", await fleet.MeasureAsync(b.Sender, rounds, Warmup), "p99 < 100 ms"));
}

Line(string.Empty);
Line("Memory held per idle subscriber (managed heap after full collections, bytes each):");
Line(string.Empty);
Line("| what | bytes |");
Line("|---|---|");
foreach (var row in memory)
{
    Line(row);
}

Line(string.Empty);
Line($"Load average after the run: {LoadAverage()}.");
Line(string.Empty);
Line("Reproduce: `dotnet run -c Release --project bench/Meridian.SubscriptionLoad -- 1000 20`.");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(reportPath))!);
if (append)
{
    await File.AppendAllTextAsync(reportPath, Environment.NewLine + report);
}
else
{
    await File.WriteAllTextAsync(reportPath, report.ToString());
}
Console.WriteLine($"Written to {reportPath}.");
return 0;

// The machine's 1, 5 and 15 minute load averages: the benchmark shares the cores with whatever else runs.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static string Row(string scenario, FleetResult result, string goal)
{
    var each = result.PerSubscriber;
    var all = result.AllDelivered;
    var cpu = result.CpuPerRound;
    each.Sort();
    all.Sort();
    cpu.Sort();
    return $"| {scenario} | {LatencyStatistics.Percentile(each, 50):F1} ms | {LatencyStatistics.Percentile(each, 99):F1} ms | {each[^1]:F1} ms "
        + $"| {LatencyStatistics.Percentile(all, 50):F1} / {all[^1]:F1} ms | {LatencyStatistics.Percentile(cpu, 50):F0} ms | {goal} (n={each.Count}) |";
}

static async Task<RealtimeTestServer> StartRedisInstanceAsync(RedisServer redis, string prefix) =>
    await RealtimeTestServer.StartAsync(o =>
    {
        o.Settings["Redis:Configuration"] = redis.Configuration;
        o.Settings["Subscriptions:RedisChannelPrefix"] = prefix;
    });

// A's Redis subscription to the room's channel is live once an event sent on B reaches it; keep that listener.
static async Task<ISourceStream<ChatMessage>> WaitUntilRedisDeliversAsync(RealtimeTestServer a, RealtimeTestServer b)
{
    var topic = ChatSchema.Topic(SubscriberFleet.Room);
    var probe = await a.Services.GetRequiredService<ITopicEventReceiver>().SubscribeAsync<ChatMessage>(topic);
    var events = probe.ReadEventsAsync().GetAsyncEnumerator();
    for (var attempt = 0; attempt < 60; attempt++)
    {
        await b.Sender.SendAsync(topic, new ChatMessage(SubscriberFleet.Room, "probe"));
        var next = events.MoveNextAsync().AsTask();
        if (await Task.WhenAny(next, Task.Delay(500)) == next && await next)
        {
            // Keep reading the probe's events so that its buffer never matters.
            _ = Task.Run(async () =>
            {
                while (await events.MoveNextAsync())
                {
                }
            });
            return probe;
        }

        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    throw new TimeoutException("Redis did not deliver between the instances.");
}

static async Task<double> MeasureBareAsync(RealtimeTestServer server, int count)
{
    var rounds = new RoundCounter();
    var clients = new List<LoadClient>(count);
    var before = await SettledMemory.MeasureAsync();
    for (var i = 0; i < count; i++)
    {
        var client = new LoadClient(rounds);
        clients.Add(client);
        await client.ConnectAsync(server.WebSocketUriOf(BareSocketEndpoint.Path), CancellationToken.None);
    }

    var after = await SettledMemory.MeasureAsync();
    await Task.WhenAll(clients.Select(client => client.DisposeAsync().AsTask()));
    return (after - before) / (double)count;
}

static async Task<double> MeasureMultiplexedAsync(RealtimeTestServer server, int count)
{
    var topic = ChatSchema.Topic(SubscriberFleet.Room);
    await using var client = new LoadClient(new RoundCounter());
    await client.ConnectAsync(server.WebSocketUri, CancellationToken.None);
    var before = await SettledMemory.MeasureAsync();
    for (var i = 0; i < count; i++)
    {
        await client.SubscribeAsync("s" + i, $"subscription {{ messageAdded(room: \"{SubscriberFleet.Room}\") {{ text }} }}", CancellationToken.None);
    }

    await server.WaitForSubscribersAsync(topic, count, TimeSpan.FromMinutes(2));
    var after = await SettledMemory.MeasureAsync();
    return (after - before) / (double)count;
}
