using System.Diagnostics;
using Meridian.Subscriptions;

namespace Meridian.Benchmarks.PubSub;

/// <summary>
/// One publish to many subscribers, each reading on its own task as a server's subscription would: measures the delay
/// from the send until each subscriber has the event, and until the last one has it.
/// </summary>
internal sealed class FanOutLatency(ITopicEventSender sender, ITopicEventReceiver receiver, int subscribers, int rounds, int warmup)
{
    private const string Topic = "bench";

    public async Task<(List<double> PerSubscriber, List<double> AllDelivered)> MeasureAsync()
    {
        var received = new long[subscribers];
        var remaining = 0;
        TaskCompletionSource roundDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var streams = new List<ISourceStream<long>>();
        var readers = new List<Task>();
        for (var i = 0; i < subscribers; i++)
        {
            var stream = await receiver.SubscribeAsync<long>(Topic);
            streams.Add(stream);
            var index = i;
            readers.Add(Task.Run(async () =>
            {
                await foreach (var _ in stream.ReadEventsAsync())
                {
                    received[index] = Stopwatch.GetTimestamp();
                    if (Interlocked.Decrement(ref remaining) == 0)
                    {
                        roundDone.TrySetResult();
                    }
                }
            }));
        }

        var perSubscriber = new List<double>(subscribers * rounds);
        var allDelivered = new List<double>(rounds);
        for (var round = 0; round < warmup + rounds; round++)
        {
            roundDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref remaining, subscribers);
            var sent = Stopwatch.GetTimestamp();
            await sender.SendAsync(Topic, sent);
            await roundDone.Task.WaitAsync(TimeSpan.FromSeconds(30));
            if (round < warmup)
            {
                continue;
            }

            var last = 0L;
            foreach (var timestamp in received)
            {
                perSubscriber.Add(Stopwatch.GetElapsedTime(sent, timestamp).TotalMilliseconds);
                last = Math.Max(last, timestamp);
            }

            allDelivered.Add(Stopwatch.GetElapsedTime(sent, last).TotalMilliseconds);

            // Let the readers settle back into waiting, as between real events.
            await Task.Delay(5);
        }

        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }

        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(30));
        return (perSubscriber, allDelivered);
    }
}
