namespace Meridian.DataLoader;

/// <summary>
/// The batching and caching core of DataLoaders: loads register their key in the current batch and get a task;
/// the scheduler dispatches the batch once; one fetch completes every task of the batch. A key loaded twice shares
/// one task (per-request cache). A failed fetch fails every load of its batch.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly IBatchScheduler _scheduler;
    private readonly object _sync = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache;
    private Batch? _current;

    protected DataLoaderBase(IBatchScheduler scheduler, DataLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
        Options = options ?? DataLoaderOptions.Default;
        _cache = new Dictionary<TKey, TaskCompletionSource<TValue>>(KeyComparer);
    }

    protected DataLoaderOptions Options { get; }

    /// <summary>How keys compare; the default comparer unless overridden.</summary>
    protected virtual IEqualityComparer<TKey> KeyComparer => EqualityComparer<TKey>.Default;

    /// <summary>Loads one value; it is fetched with every other key loaded in the same wave.</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Batch? scheduled = null;
        TaskCompletionSource<TValue> promise;
        lock (_sync)
        {
            if (Options.Caching && _cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }

            // Continuations run inline when the batch completes the load: the resolvers that waited come back
            // before the batch reports itself delivered, which is what keeps the next wave in one batch.
            promise = new TaskCompletionSource<TValue>();
            if (Options.Caching)
            {
                _cache[key] = promise;
            }

            if (_current is null || _current.IsFull(Options.MaxBatchSize))
            {
                _current = new Batch(this);
                scheduled = _current;
            }

            _current.Add(key, promise);
        }

        if (scheduled is not null)
        {
            _scheduler.Schedule(scheduled);
        }

        return cancellationToken.CanBeCanceled ? promise.Task.WaitAsync(cancellationToken) : promise.Task;
    }

    /// <summary>Loads many values in key order, all in the same batch.</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new Task<TValue>[keys.Count];
        var index = 0;
        foreach (var key in keys)
        {
            tasks[index++] = LoadAsync(key, cancellationToken);
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Puts a value in the cache (for example one loaded by another query).</summary>
    public void Set(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_sync)
        {
            var promise = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            promise.SetResult(value);
            _cache[key] = promise;
        }
    }

    public void ClearCache()
    {
        lock (_sync)
        {
            _cache.Clear();
        }
    }

    /// <summary>Fetches a batch; must give one result per key, in key order.</summary>
    protected abstract Task<TValue[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private void Detach(Batch batch)
    {
        lock (_sync)
        {
            if (ReferenceEquals(_current, batch))
            {
                _current = null;
            }
        }
    }

    private void Forget(IReadOnlyList<TKey> keys)
    {
        lock (_sync)
        {
            foreach (var key in keys)
            {
                _cache.Remove(key);
            }
        }
    }

    private sealed class Batch(DataLoaderBase<TKey, TValue> owner) : IDataLoaderBatch
    {
        private readonly List<TKey> _keys = [];
        private readonly List<TaskCompletionSource<TValue>> _promises = [];

        public bool IsFull(int maxBatchSize) => maxBatchSize > 0 && _keys.Count >= maxBatchSize;

        public void Add(TKey key, TaskCompletionSource<TValue> promise)
        {
            _keys.Add(key);
            _promises.Add(promise);
        }

        public void Dispatch()
        {
            owner.Detach(this);
            _ = RunAsync();
        }

        private async Task RunAsync()
        {
            TValue[]? values = null;
            Exception? failure = null;
            try
            {
                values = await owner.FetchAsync(_keys, CancellationToken.None).ConfigureAwait(false);
                if (values.Length != _keys.Count)
                {
                    throw new InvalidOperationException($"The DataLoader {owner.GetType().Name} returned {values.Length} values for {_keys.Count} keys.");
                }
            }
            catch (Exception exception)
            {
                // A failed batch is not cached: the next load of these keys tries again.
                owner.Forget(_keys);
                failure = exception;
            }

            var scheduler = owner._scheduler;
            scheduler.OnDelivering();
            try
            {
                for (var i = 0; i < _promises.Count; i++)
                {
                    if (failure is null)
                    {
                        _promises[i].TrySetResult(values![i]);
                    }
                    else
                    {
                        _promises[i].TrySetException(failure);
                    }
                }
            }
            finally
            {
                scheduler.OnDelivered();
            }
        }
    }
}
