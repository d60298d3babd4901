using Meridian.Subscriptions;

namespace Meridian.Benchmarks.PubSub;

/// <summary>Bytes that stay allocated per idle subscription (nothing buffered), measured after full collections.</summary>
internal static class IdleSubscriptionMemory
{
    public static async Task<double> MeasureAsync(ITopicEventReceiver receiver, int count, Func<int, string> topicOf)
    {
        // Warm up code paths and the receiver's connection so that one-time allocations are not counted.
        await (await receiver.SubscribeAsync<long>("warm-up")).DisposeAsync();

        var before = SettledMemory();
        var streams = new List<ISourceStream<long>>(count);
        for (var i = 0; i < count; i++)
        {
            streams.Add(await receiver.SubscribeAsync<long>(topicOf(i)));
        }

        var after = SettledMemory();
        var perSubscription = (after - before) / (double)count;
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }

        return perSubscription;
    }

    private static long SettledMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
