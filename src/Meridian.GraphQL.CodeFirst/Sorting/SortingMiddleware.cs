using System.Runtime.CompilerServices;
using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>Orders the field's query by the <c>order</c> argument, or hands the keys to the paging middleware.</summary>
internal sealed class SortingMiddleware<T>(StrongBox<SortObjectModel> model, QueryableExecutors executors) : QueryableMiddleware<T>(executors)
{
    protected override ValueTask<object?> ApplyAsync(IMiddlewareContext context, IQueryable<T> query, DataQueryState state, IQueryableExecutor executor)
    {
        var keys = SortKeyReader.Read(model.Value!, context.ArgumentValue<object?>(UseSortingAttribute.ArgumentName));
        if (state.IsPaged)
        {
            state.Sorts = keys;
            return new(query);
        }

        return new(keys.Count == 0 ? query : Ordering.Apply(query, keys, explicitNulls: false));
    }
}
