namespace Meridian.SubscriptionLoad;

/// <summary>Managed memory still reachable after full collections: what idle connections and subscriptions hold.</summary>
internal static class SettledMemory
{
    public static async Task<long> MeasureAsync()
    {
        // Let finished work (handshakes, first messages) leave the thread pool before counting.
        await Task.Delay(500);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
