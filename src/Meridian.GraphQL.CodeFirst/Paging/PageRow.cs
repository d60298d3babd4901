using System.Linq.Expressions;

namespace Meridian.CodeFirst.Data;

/// <summary>A fetched item with the values of its ordering keys, read in the same query for its cursor.</summary>
internal sealed class PageRow<T>
{
    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];

    /// <summary>The final <c>Select</c> of a page: the (projected) item and its key values.</summary>
    public static IQueryable<PageRow<T>> Select(IQueryable<T> query, LambdaExpression? projection, IReadOnlyList<SortKey> keys)
    {
        var guarded = query is EnumerableQuery;
        var parameter = Expression.Parameter(typeof(T), "x");
        var node = projection is null ? parameter : ParameterReplacer.Inline(projection, parameter);
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(k.Path.Read(parameter, guarded), typeof(object))));
        var body = Expression.MemberInit(
            Expression.New(typeof(PageRow<T>)),
            Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Node))!, node),
            Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Keys))!, values));
        return query.Select(Expression.Lambda<Func<T, PageRow<T>>>(body, parameter));
    }

    /// <summary>The final <c>Select</c> of a page without keys: the (projected) items.</summary>
    public static IQueryable<T> Project(IQueryable<T> query, LambdaExpression? projection) =>
        projection is null ? query : query.Select((Expression<Func<T, T>>)projection);
}
