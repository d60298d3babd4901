using Meridian.Language;

namespace Meridian.Execution;

/// <summary>The last step: executes the planned operation, or starts the response stream of a subscription.</summary>
public static class OperationExecutionMiddleware
{
    public static RequestMiddleware Create() => static (_, _) => context =>
    {
        if (context.Plan!.OperationType == OperationType.Subscription)
        {
            return SubscribeAsync(context);
        }

        // Most operations complete synchronously: their result is set without the frame of an asynchronous step.
        var running = OperationRunner.RunAsync(context, context.Request.RootValue, context.Aborted);
        if (!running.IsCompletedSuccessfully)
        {
            return SetResultAsync(context, running);
        }

        context.Result = running.Result;
        return default;
    };

    private static async ValueTask SubscribeAsync(RequestContext context) =>
        context.Result = await SubscriptionExecutor.SubscribeAsync(context).ConfigureAwait(false);

    private static async ValueTask SetResultAsync(RequestContext context, ValueTask<OperationResult> running) =>
        context.Result = await running.ConfigureAwait(false);
}
