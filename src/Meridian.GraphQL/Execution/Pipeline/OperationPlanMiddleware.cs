using System.Diagnostics;

namespace Meridian.Execution;

/// <summary>Finds the operation's plan in the plan cache (document + operation name) or plans it once.</summary>
public static class OperationPlanMiddleware
{
    public static RequestMiddleware Create() => static (_, next) => context =>
    {
        if (context.Plan is null)
        {
            var executor = context.Executor;
            var operation = context.Operation!;
            var document = context.CacheKey;
            var key = document is { } cached ? new PlanCacheKey(cached, operation.Name?.Value) : default;
            if (document is not null && executor.PlanCache.TryGet(key, out var plan))
            {
                executor.Diagnostics.PlanCacheHit(context);
            }
            else
            {
                var started = Stopwatch.GetTimestamp();
                plan = OperationPlanner.Plan(context.Schema, executor.MetaFields, context.Document!, operation, context.Schema.GetRootType(operation.Operation)!);
                executor.Diagnostics.OperationPlanned(context, Stopwatch.GetElapsedTime(started));
                if (document is not null)
                {
                    executor.PlanCache.Set(key, plan);
                }
            }

            context.Plan = plan;
        }

        return next(context);
    };
}
