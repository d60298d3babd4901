using System.Runtime.CompilerServices;
using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>Applies the <c>where</c> argument to the field's query.</summary>
internal sealed class FilteringMiddleware<T>(StrongBox<FilterObjectModel> model, QueryableExecutors executors) : QueryableMiddleware<T>(executors)
{
    protected override ValueTask<object?> ApplyAsync(IMiddlewareContext context, IQueryable<T> query, DataQueryState state, IQueryableExecutor executor)
    {
        if (context.ArgumentValue<IReadOnlyDictionary<string, object?>?>(UseFilteringAttribute.ArgumentName) is not { } where)
        {
            return new(query);
        }

        var predicate = new FilterExpressionBuilder(inMemory: query is EnumerableQuery).Build<T>(model.Value!, where);
        return new(predicate is null ? query : query.Where(predicate));
    }
}
