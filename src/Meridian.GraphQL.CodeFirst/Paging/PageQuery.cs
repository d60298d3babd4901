using System.Linq.Expressions;

namespace Meridian.CodeFirst.Data;

/// <summary>What slicing a cursor page needs: the filtered query, its ordering keys, the arguments, the projection and the executor.</summary>
internal sealed record PageQuery<T>(
    IQueryable<T> Query,
    IReadOnlyList<SortKey> Keys,
    CursorPagingArguments Arguments,
    LambdaExpression? Projection,
    IQueryableExecutor Executor);
