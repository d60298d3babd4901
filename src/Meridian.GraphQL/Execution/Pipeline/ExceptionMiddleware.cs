using Meridian.Errors;

namespace Meridian.Execution;

/// <summary>
/// The outermost step: a request the caller cancelled ends with <c>REQUEST_CANCELLED</c>; any exception no later
/// step handled ends with <c>UNEXPECTED_ERROR</c> (details only when configured), never with a thrown exception.
/// </summary>
public static class ExceptionMiddleware
{
    public static RequestMiddleware Create() => static (_, next) => async context =>
    {
        var callerAborted = context.RequestAborted;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (callerAborted.IsCancellationRequested)
        {
            context.Result = OperationResult.FromExecutionErrors([new Error("The request was cancelled.", ErrorCodes.RequestCancelled)]);
        }
        catch (Exception exception)
        {
            context.Exception = exception;
            context.Executor.Diagnostics.RequestFailed(context, exception);
            context.Result = OperationResult.FromExecutionErrors(
                [OperationContext.CreateUnexpectedError(exception, null, context.EffectiveIncludeExceptionDetails)]);
        }
    };
}
