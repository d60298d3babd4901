using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// The frame of every data middleware over elements of <typeparamref name="T"/>: it runs the rest of the pipeline,
/// turns the resolver's result (a queryable, a sequence or a list) into a query, applies its operator, and — when it
/// is the outermost data middleware of the field — runs the query through the provider's executor (asynchronously
/// for Entity Framework), so that nothing is enumerated synchronously or after the resolver's scope ends.
/// </summary>
internal abstract class QueryableMiddleware<T> : IDataMiddleware
{
    private readonly QueryableExecutors _executors;

    protected QueryableMiddleware(QueryableExecutors executors)
    {
        _executors = executors;
    }

    public FieldMiddleware Middleware => next => context => InvokeAsync(context, next);

    /// <summary>Runs before the resolver (argument validation, marking the query as paged).</summary>
    protected virtual void OnEnter(IMiddlewareContext context, DataQueryState state)
    {
    }

    /// <summary>Applies the operator: a new query, or a final result (a page) built with <paramref name="executor"/>.</summary>
    protected abstract ValueTask<object?> ApplyAsync(IMiddlewareContext context, IQueryable<T> query, DataQueryState state, IQueryableExecutor executor);

    private async ValueTask InvokeAsync(IMiddlewareContext context, FieldDelegate next)
    {
        var state = DataQueryState.Enter(context, out var isOwner);
        OnEnter(context, state);
        await next(context).ConfigureAwait(false);
        if (!TryGetQuery(context.Result, out var query))
        {
            return;
        }

        var executor = _executors.For(query);
        var result = await ApplyAsync(context, query, state, executor).ConfigureAwait(false);
        if (isOwner && result is IQueryable<T> final)
        {
            result = await executor.ToListAsync(final, context.RequestAborted).ConfigureAwait(false);
        }

        context.Result = result;
    }

    private static bool TryGetQuery(object? result, out IQueryable<T> query)
    {
        switch (result)
        {
            case IQueryable<T> queryable:
                query = queryable;
                return true;
            case IEnumerable<T> sequence:
                query = sequence.AsQueryable();
                return true;
            default:
                query = null!;
                return false;
        }
    }
}
