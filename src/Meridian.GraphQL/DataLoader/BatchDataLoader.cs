namespace Meridian.DataLoader;

/// <summary>
/// A DataLoader that fetches many keys at once, one value per key (key → value). Keys the fetch does not return
/// load as <c>default</c> (null).
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    protected BatchDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
        : base(scheduler, options)
    {
    }

    /// <summary>Fetches the values of a batch of distinct keys.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task<TValue[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = found.TryGetValue(keys[i], out var value) ? value : default!;
        }

        return values;
    }
}
