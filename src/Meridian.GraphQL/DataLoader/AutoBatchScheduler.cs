namespace Meridian.DataLoader;

/// <summary>
/// Dispatches each batch on the thread pool right after the code that filled it yields: the scheduler for
/// DataLoaders used outside an execution.
/// </summary>
public sealed class AutoBatchScheduler : IBatchScheduler
{
    public static AutoBatchScheduler Default { get; } = new();

    public void Schedule(IDataLoaderBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ThreadPool.UnsafeQueueUserWorkItem(static state => state.Dispatch(), batch, preferLocal: false);
    }
}
