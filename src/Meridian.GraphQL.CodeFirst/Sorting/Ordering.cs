using System.Linq.Expressions;
using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Applies sort keys with <c>OrderBy</c>/<c>ThenBy</c>. For keyset paging, keys that can be null are ordered with
/// nulls first in ascending order (an explicit <c>key != null</c> key before the key), so that the database and
/// memory agree where nulls go and the cursor predicate knows it.
/// </summary>
internal static class Ordering
{
    private static readonly MethodInfo OrderByMethod = GetQueryableMethod(nameof(Queryable.OrderBy));
    private static readonly MethodInfo OrderByDescendingMethod = GetQueryableMethod(nameof(Queryable.OrderByDescending));
    private static readonly MethodInfo ThenByMethod = GetQueryableMethod(nameof(Queryable.ThenBy));
    private static readonly MethodInfo ThenByDescendingMethod = GetQueryableMethod(nameof(Queryable.ThenByDescending));

    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool explicitNulls)
    {
        var guarded = query is EnumerableQuery;
        var first = true;
        foreach (var key in keys)
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            var read = key.Path.Read(parameter, guarded);
            if (explicitNulls && key.CanBeNull)
            {
                var hasValue = Expression.Lambda(Expression.NotEqual(read, Expression.Constant(null, read.Type)), parameter);
                query = OrderBy(query, hasValue, key.Descending, first);
                first = false;
            }

            query = OrderBy(query, Expression.Lambda(read, parameter), key.Descending, first);
            first = false;
        }

        return query;
    }

    private static IQueryable<T> OrderBy<T>(IQueryable<T> query, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => OrderByMethod,
            (true, true) => OrderByDescendingMethod,
            (false, false) => ThenByMethod,
            _ => ThenByDescendingMethod,
        };
        return (IQueryable<T>)method.MakeGenericMethod(typeof(T), key.ReturnType).Invoke(null, [query, key])!;
    }

    private static MethodInfo GetQueryableMethod(string name) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);
}
