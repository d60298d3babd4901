namespace Meridian.DataLoader;

/// <summary>A per-request batching loader: every load of the same execution wave is fetched in one batch.</summary>
public interface IDataLoader
{
    /// <summary>Drops the cached results (for example after a mutation changed them).</summary>
    void ClearCache();
}
