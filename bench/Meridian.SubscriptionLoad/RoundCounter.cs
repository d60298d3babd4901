namespace Meridian.SubscriptionLoad;

/// <summary>Counts the subscribers that received the current round's event and signals when all have.</summary>
internal sealed class RoundCounter
{
    private int _remaining;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Start(int expected)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _remaining, expected);
        return _done.Task;
    }

    public void Received()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _done.TrySetResult();
        }
    }
}
