using Meridian.Errors;

namespace Meridian.Execution;

/// <summary>
/// The outermost step: a request the caller cancelled ends with <c>REQUEST_CANCELLED</c>; any exception no later
/// step handled ends with <c>UNEXPECTED_ERROR</c> (details only when configured), never with a thrown exception.
/// </summary>
public static class ExceptionMiddleware
{
    // Most requests complete synchronously: they pass without the frame of an asynchronous step.
    public static RequestMiddleware Create() => static (_, next) => context =>
    {
        var callerAborted = context.RequestAborted;
        ValueTask pending;
        try
        {
            pending = next(context);
            if (pending.IsCompletedSuccessfully)
            {
                pending.GetAwaiter().GetResult();
                return default;
            }
        }
        catch (Exception exception)
        {
            Handle(context, exception, callerAborted);
            return default;
        }

        return AwaitAsync(context, pending, callerAborted);
    };

    private static async ValueTask AwaitAsync(RequestContext context, ValueTask pending, CancellationToken callerAborted)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Handle(context, exception, callerAborted);
        }
    }

    private static void Handle(RequestContext context, Exception exception, CancellationToken callerAborted)
    {
        if (exception is OperationCanceledException && callerAborted.IsCancellationRequested)
        {
            context.Result = OperationResult.FromExecutionErrors([new Error("The request was cancelled.", ErrorCodes.RequestCancelled)]);
            return;
        }

        context.Exception = exception;
        context.Executor.Diagnostics.RequestFailed(context, exception);
        context.Result = OperationResult.FromExecutionErrors(
            [OperationContext.CreateUnexpectedError(exception, null, context.EffectiveIncludeExceptionDetails)]);
    }
}
