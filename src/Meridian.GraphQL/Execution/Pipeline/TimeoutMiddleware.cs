using System.Globalization;
using Meridian.Errors;

namespace Meridian.Execution;

/// <summary>
/// Cancels the rest of the pipeline when the request's execution timeout passes and answers <c>REQUEST_TIMEOUT</c>.
/// Resolvers see the timeout through <see cref="IResolverContext.RequestAborted"/>. (A subscription's stream is not
/// bound by it; each of its events gets its own timeout.)
/// </summary>
public static class TimeoutMiddleware
{
    public static RequestMiddleware Create() => static (_, next) => async context =>
    {
        var timeout = context.EffectiveExecutionTimeout;
        if (timeout <= TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        using var deadline = new ExecutionDeadline(context.RequestAborted, timeout);
        context.Deadline = deadline;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.HasExpired)
        {
            context.Executor.Diagnostics.RequestTimedOut(context);
            context.Result = OperationResult.FromExecutionErrors([CreateTimeoutError(timeout)]);
        }
        finally
        {
            context.Deadline = null;
        }
    };

    internal static IError CreateTimeoutError(TimeSpan timeout) => new Error(
        $"The request exceeded the configured execution timeout of {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} seconds.",
        ErrorCodes.RequestTimeout);
}
