using System.Collections.Concurrent;

namespace Meridian.Execution;

/// <summary>
/// Keeps work queues between executions: a large result queues thousands of fields, and growing a fresh queue for
/// every request would allocate its buffers again each time.
/// </summary>
internal static class WorkQueuePool
{
    private const int MaxPooled = 32;
    private const int MaxRetainedCapacity = 1 << 16;
    private static readonly ConcurrentBag<Queue<WorkItem>> Pool = [];

    public static Queue<WorkItem> Rent() => Pool.TryTake(out var queue) ? queue : new Queue<WorkItem>(64);

    public static void Return(Queue<WorkItem> queue)
    {
        queue.Clear();
        if (Pool.Count < MaxPooled && queue.EnsureCapacity(0) <= MaxRetainedCapacity)
        {
            Pool.Add(queue);
        }
    }
}
