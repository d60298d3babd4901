using Microsoft.Extensions.ObjectPool;

namespace Meridian.Execution;

/// <summary>
/// Keeps work queues between executions: a large result queues thousands of fields, and growing a fresh queue for
/// every request would allocate its buffers again each time. Renting and returning are one interlocked exchange
/// each (a concurrent bag's count, checked on every return, took all of its locks).
/// </summary>
internal static class WorkQueuePool
{
    private static readonly ObjectPool<Queue<WorkItem>> Pool =
        new DefaultObjectPool<Queue<WorkItem>>(new Policy(), Environment.ProcessorCount * 4);

    public static Queue<WorkItem> Rent() => Pool.Get();

    public static void Return(Queue<WorkItem> queue) => Pool.Return(queue);

    private sealed class Policy : IPooledObjectPolicy<Queue<WorkItem>>
    {
        // A queue grown past this by one huge result is left to the garbage collector rather than kept.
        private const int MaxRetainedCapacity = 1 << 16;

        public Queue<WorkItem> Create() => new(64);

        public bool Return(Queue<WorkItem> queue)
        {
            queue.Clear();
            return queue.EnsureCapacity(0) <= MaxRetainedCapacity;
        }
    }
}
