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

    public static async ValueTask<OperationResult> RunAsync(RequestContext context, object? rootValue, AbortSignal aborted)
    {
        var operation = CreateContext(context, aborted);
        var data = await operation.ExecuteRootAsync(rootValue).ConfigureAwait(false);
        return new OperationResult(data, hasData: true, operation.GetErrors(), null, isRequestError: false, operation.Results);
    }
}
