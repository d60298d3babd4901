namespace Meridian.DataLoader;

/// <summary>
/// The scheduler of one execution: it holds batches until the executor finds no work left to run and calls
/// <see cref="DispatchAll"/>; scheduling a batch wakes the executor (the resolver that loads may be the last one
/// running).
/// </summary>
public sealed class ExecutionBatchScheduler : IBatchScheduler
{
    private readonly Action _onScheduled;
    private readonly object _sync = new();
    private List<IDataLoaderBatch> _pending = [];
    private List<IDataLoaderBatch> _dispatching = [];
    private int _delivering;

    public ExecutionBatchScheduler(Action onScheduled)
    {
        ArgumentNullException.ThrowIfNull(onScheduled);
        _onScheduled = onScheduled;
    }

    /// <summary>True when batches wait for dispatch.</summary>
    public bool HasPending
    {
        get
        {
            lock (_sync)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>
    /// True while a fetched batch completes its loads: the resolvers that waited for it are still coming back, and
    /// the loads they make belong in the same next wave.
    /// </summary>
    public bool IsDelivering => Volatile.Read(ref _delivering) > 0;

    /// <summary>The number of batches dispatched so far (for diagnostics).</summary>
    public int DispatchedCount { get; private set; }

    public void Schedule(IDataLoaderBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_sync)
        {
            _pending.Add(batch);
        }

        _onScheduled();
    }

    void IBatchScheduler.OnDelivering() => Interlocked.Increment(ref _delivering);

    void IBatchScheduler.OnDelivered()
    {
        Interlocked.Decrement(ref _delivering);
        _onScheduled();
    }

    /// <summary>Dispatches every waiting batch; returns how many.</summary>
    public int DispatchAll()
    {
        List<IDataLoaderBatch> batches;
        lock (_sync)
        {
            if (_pending.Count == 0)
            {
                return 0;
            }

            batches = _pending;
            _pending = _dispatching;
            _dispatching = batches;
        }

        var count = batches.Count;
        foreach (var batch in batches)
        {
            batch.Dispatch();
        }

        batches.Clear();
        DispatchedCount += count;
        return count;
    }
}
