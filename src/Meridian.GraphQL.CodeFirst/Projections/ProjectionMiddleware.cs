using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>Selects only the requested members from the field's query, or hands the projection to the paging middleware.</summary>
internal sealed class ProjectionMiddleware<T>(QueryableExecutors executors) : QueryableMiddleware<T>(executors)
{
    protected override ValueTask<object?> ApplyAsync(IMiddlewareContext context, IQueryable<T> query, DataQueryState state, IQueryableExecutor executor)
    {
        var projection = new ProjectionBuilder(context, guarded: query is EnumerableQuery).Build<T>(executor.FindKey(query));
        if (projection is null)
        {
            return new(query);
        }

        if (state.IsPaged)
        {
            state.Projection = projection;
            return new(query);
        }

        return new(query.Select(projection));
    }
}
