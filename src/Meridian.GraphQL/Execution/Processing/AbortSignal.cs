namespace Meridian.Execution;

/// <summary>
/// What cancels an execution: the caller's token, and the execution timeout when one applies. The token itself is
/// only materialized when asked for (<see cref="ExecutionDeadline"/>).
/// </summary>
internal readonly struct AbortSignal(CancellationToken callerAborted, ExecutionDeadline? deadline)
{
    public CancellationToken Token => deadline?.Token ?? callerAborted;

    public bool IsCancellationRequested => deadline?.IsCancellationRequested ?? callerAborted.IsCancellationRequested;

    public void ThrowIfAborted()
    {
        if (deadline is null)
        {
            callerAborted.ThrowIfCancellationRequested();
        }
        else
        {
            deadline.ThrowIfAborted();
        }
    }
}
