namespace Meridian.DataLoader;

/// <summary>
/// Decides when DataLoader batches are dispatched. During execution the executor's scheduler dispatches them when
/// the current wave of resolvers has nothing left to run, so loads from many resolvers share one batch.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>Registers a batch that has keys waiting; the scheduler calls <see cref="IDataLoaderBatch.Dispatch"/> once.</summary>
    void Schedule(IDataLoaderBatch batch);

    /// <summary>
    /// A fetched batch is about to complete its loads. The continuations of those loads run inline until
    /// <see cref="OnDelivered"/>, so a scheduler can hold the next wave back until every waiting resolver came back.
    /// </summary>
    void OnDelivering()
    {
    }

    /// <summary>Every load of a fetched batch is complete and its inline continuations have run.</summary>
    void OnDelivered()
    {
    }
}
