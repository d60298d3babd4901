using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>Turns the field's query into a connection page: keyset slicing when the items have a key, positions otherwise.</summary>
internal sealed class CursorPagingMiddleware<T>(PagingSettings settings, QueryableExecutors executors) : QueryableMiddleware<T>(executors)
{
    protected override void OnEnter(IMiddlewareContext context, DataQueryState state)
    {
        CursorPagingArguments.Read(context, settings);
        state.IsPaged = true;
    }

    protected override async ValueTask<object?> ApplyAsync(IMiddlewareContext context, IQueryable<T> query, DataQueryState state, IQueryableExecutor executor)
    {
        var arguments = CursorPagingArguments.Read(context, settings);
        var selections = PageSelections.Read(context);
        var cancellationToken = context.RequestAborted;
        int? totalCount = selections.TotalCount ? await executor.CountAsync(query, cancellationToken).ConfigureAwait(false) : null;
        if (!selections.Items)
        {
            return new Connection([], new PageInfo(false, false, null, null), totalCount);
        }

        var keys = PagingKeys.For(query, state.Sorts, executor, out var isUnique);
        var page = new PageQuery<T>(query, keys, arguments, state.Projection, executor);
        var (edges, pageInfo) = isUnique
            ? await KeysetPaging.SliceAsync(page, cancellationToken).ConfigureAwait(false)
            : await PositionPaging.SliceAsync(page, cancellationToken).ConfigureAwait(false);
        return new Connection(edges, pageInfo, totalCount);
    }
}
