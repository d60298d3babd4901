using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>Turns the field's query into a collection segment with <c>Skip</c>/<c>Take</c> (Hot Chocolate's offset paging).</summary>
internal sealed class OffsetPagingMiddleware<T>(PagingSettings settings, QueryableExecutors executors) : QueryableMiddleware<T>(executors)
{
    public const string SkipName = "skip";
    public const string TakeName = "take";

    protected override void OnEnter(IMiddlewareContext context, DataQueryState state)
    {
        ReadArguments(context);
        state.IsPaged = true;
    }

    protected override async ValueTask<object?> ApplyAsync(IMiddlewareContext context, IQueryable<T> query, DataQueryState state, IQueryableExecutor executor)
    {
        var (skip, take) = ReadArguments(context);
        var selections = PageSelections.Read(context);
        var cancellationToken = context.RequestAborted;
        int? totalCount = selections.TotalCount ? await executor.CountAsync(query, cancellationToken).ConfigureAwait(false) : null;
        if (!selections.Items)
        {
            return new CollectionSegment([], new CollectionSegmentInfo(false, skip > 0), totalCount);
        }

        var keys = PagingKeys.For(query, state.Sorts, executor, out _);
        var ordered = keys.Count > 0 ? Ordering.Apply(query, keys, explicitNulls: false) : query;
        var items = await executor.ToListAsync(PageRow<T>.Project(ordered.Skip(skip).Take(take + 1), state.Projection), cancellationToken).ConfigureAwait(false);
        var hasNext = items.Count > take;
        if (hasNext)
        {
            items.RemoveAt(items.Count - 1);
        }

        return new CollectionSegment([.. items.Cast<object?>()], new CollectionSegmentInfo(hasNext, skip > 0), totalCount);
    }

    private (int Skip, int Take) ReadArguments(IResolverContext context)
    {
        var skip = context.ArgumentValue<int?>(SkipName);
        var take = context.ArgumentValue<int?>(TakeName);
        if (settings.RequirePagingBoundaries && take is null)
        {
            throw DataErrors.Create(DataErrorCodes.PagingBoundariesRequired, $"Give take to page through {context.Field.Coordinate}.");
        }

        PageSizes.Check(skip < 0 ? skip : null, SkipName, settings, context);
        PageSizes.Check(take, TakeName, settings, context);
        return (skip ?? 0, take ?? settings.DefaultPageSize);
    }
}
