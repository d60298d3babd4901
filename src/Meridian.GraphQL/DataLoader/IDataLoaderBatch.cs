namespace Meridian.DataLoader;

/// <summary>A batch of keys waiting to be fetched.</summary>
public interface IDataLoaderBatch
{
    /// <summary>Starts fetching the batch; the loads complete when the fetch does. Never throws.</summary>
    void Dispatch();
}
