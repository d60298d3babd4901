using System.Diagnostics;
using Meridian.GraphQL.AspNetCore.Tests.Hosting;
using Meridian.Subscriptions;

namespace Meridian.SubscriptionLoad;

/// <summary>Delays per subscriber and per round (until the last subscriber had the event), and the process's CPU time per round, in ms.</summary>
internal sealed record FleetResult(List<double> PerSubscriber, List<double> AllDelivered, List<double> CpuPerRound);

/// <summary>
/// Many WebSocket subscribers to one room of a server, and the rounds that publish one event to all of them: the
/// delay from the publish until each subscriber has its <c>next</c> message.
/// </summary>
internal sealed class SubscriberFleet : IAsyncDisposable
{
    public const string Room = "load";

    private readonly List<LoadClient> _clients = [];
    private readonly RoundCounter _rounds = new();

    public int Count => _clients.Count;

    /// <summary>Opens <paramref name="count"/> connections, each with one subscription, a few at a time.</summary>
    public async Task ConnectAsync(RealtimeTestServer server, int count, CancellationToken cancellationToken)
    {
        const int Parallel = 50;
        for (var start = 0; start < count; start += Parallel)
        {
            var batch = Enumerable.Range(start, Math.Min(Parallel, count - start)).Select(async _ =>
            {
                var client = new LoadClient(_rounds);
                lock (_clients)
                {
                    _clients.Add(client);
                }

                await client.ConnectAsync(server.WebSocketUri, cancellationToken);
                await client.SubscribeAsync("s", $"subscription {{ messageAdded(room: \"{Room}\") {{ text }} }}", cancellationToken);
            });
            await Task.WhenAll(batch);
        }
    }

    /// <summary>Publishes one event per round through <paramref name="sender"/>; returns each subscriber's delay per round (ms).</summary>
    public async Task<FleetResult> MeasureAsync(ITopicEventSender sender, int rounds, int warmup)
    {
        var perSubscriber = new List<double>(_clients.Count * rounds);
        var allDelivered = new List<double>(rounds);
        var cpu = new List<double>(rounds);
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < warmup + rounds; round++)
        {
            var done = _rounds.Start(_clients.Count);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sent = Stopwatch.GetTimestamp();
            await sender.SendAsync(ChatSchema.Topic(Room), new ChatMessage(Room, "tick " + round));
            await done.WaitAsync(TimeSpan.FromSeconds(30));
            process.Refresh();
            if (round >= warmup)
            {
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                var last = 0L;
                foreach (var client in _clients)
                {
                    perSubscriber.Add(Stopwatch.GetElapsedTime(sent, client.LastReceived).TotalMilliseconds);
                    last = Math.Max(last, client.LastReceived);
                }

                allDelivered.Add(Stopwatch.GetElapsedTime(sent, last).TotalMilliseconds);
            }

            // Let the connections go idle between events, as between real ones.
            await Task.Delay(200);
        }

        return new FleetResult(perSubscriber, allDelivered, cpu);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_clients.Select(client => client.DisposeAsync().AsTask()));
        _clients.Clear();
    }
}
