namespace Meridian.DataLoader;

/// <summary>
/// A DataLoader that fetches many keys at once, many values per key (key → values). Keys the fetch does not
/// return load as an empty array.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupedDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
        : base(scheduler, options)
    {
    }

    /// <summary>Fetches the values of a batch of distinct keys, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task<TValue[][]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue[keys.Count][];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = groups.Contains(keys[i]) ? [.. groups[keys[i]]] : [];
        }

        return values;
    }
}
