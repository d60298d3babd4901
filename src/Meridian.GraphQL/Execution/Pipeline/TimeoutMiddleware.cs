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
    // Most requests complete synchronously: they pass without the frame of an asynchronous step.
    public static RequestMiddleware Create() => static (_, next) => context =>
    {
        var timeout = context.EffectiveExecutionTimeout;
        if (timeout <= TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan)
        {
            return next(context);
        }

        var deadline = new ExecutionDeadline(context.RequestAborted, timeout);
        context.Deadline = deadline;
        ValueTask pending;
        try
        {
            pending = next(context);
        }
        catch (OperationCanceledException) when (deadline.HasExpired)
        {
            TimedOut(context, deadline);
            End(context, deadline);
            return default;
        }
        catch
        {
            End(context, deadline);
            throw;
        }

        if (!pending.IsCompletedSuccessfully)
        {
            return AwaitAsync(context, deadline, pending);
        }

        pending.GetAwaiter().GetResult();
        End(context, deadline);
        return default;
    };

    internal static IError CreateTimeoutError(TimeSpan timeout) => new Error(
        $"The request exceeded the configured execution timeout of {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} seconds.",
        ErrorCodes.RequestTimeout);

    private static async ValueTask AwaitAsync(RequestContext context, ExecutionDeadline deadline, ValueTask pending)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.HasExpired)
        {
            TimedOut(context, deadline);
        }
        finally
        {
            End(context, deadline);
        }
    }

    private static void TimedOut(RequestContext context, ExecutionDeadline deadline)
    {
        context.Executor.Diagnostics.RequestTimedOut(context);
        context.Result = OperationResult.FromExecutionErrors([CreateTimeoutError(deadline.Timeout)]);
    }

    private static void End(RequestContext context, ExecutionDeadline deadline)
    {
        context.Deadline = null;
        deadline.Dispose();
    }
}
