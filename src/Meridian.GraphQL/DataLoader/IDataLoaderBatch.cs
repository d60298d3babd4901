namespace Meridian.DataLoader;

/// <summary>A batch of keys waiting to be fetched.</summary>
public interface IDataLoaderBatch
{
    /// <summary>Starts fetching the batch; the loads complete when the fetch does. Never throws.</summary>
    void Dispatch();

    /// <summary>
    /// Completes once the dispatched fetch has delivered its values and the loads waiting for them have resumed
    /// (schedulers wait for it before dispatching the next wave).
    /// </summary>
    Task Completion => Task.CompletedTask;
}
