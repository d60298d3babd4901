namespace Meridian.Execution;

/// <summary>Runs a planned operation once on a root value and packs the response.</summary>
internal static class OperationRunner
{
    public static OperationContext CreateContext(RequestContext context, AbortSignal aborted) => new(
        context.Executor,
        context.Plan!,
        context.Variables!,
        context.Services,
        context.EffectiveIncludeExceptionDetails,
        context,
        aborted);

    // Most operations complete synchronously: they are packed without the frame of an asynchronous method.
    public static ValueTask<OperationResult> RunAsync(RequestContext context, object? rootValue, AbortSignal aborted)
    {
        var operation = CreateContext(context, aborted);
        var executing = operation.ExecuteRootAsync(rootValue);
        return executing.IsCompletedSuccessfully ? new(Pack(operation, executing.Result)) : PackAsync(operation, executing);
    }

    private static async ValueTask<OperationResult> PackAsync(OperationContext operation, ValueTask<ObjectResult?> executing) =>
        Pack(operation, await executing.ConfigureAwait(false));

    private static OperationResult Pack(OperationContext operation, ObjectResult? data) =>
        new(data, hasData: true, operation.GetErrors(), null, isRequestError: false, operation.Results);
}
