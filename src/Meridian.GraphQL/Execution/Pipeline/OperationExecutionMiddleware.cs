using Meridian.Language;

namespace Meridian.Execution;

/// <summary>The last step: executes the planned operation, or starts the response stream of a subscription.</summary>
public static class OperationExecutionMiddleware
{
    public static RequestMiddleware Create() => static (_, _) => async context =>
    {
        if (context.Plan!.OperationType == OperationType.Subscription)
        {
            context.Result = await SubscriptionExecutor.SubscribeAsync(context).ConfigureAwait(false);
            return;
        }

        context.Result = await OperationRunner.RunAsync(context, context.Request.RootValue, context.Aborted).ConfigureAwait(false);
    };
}
