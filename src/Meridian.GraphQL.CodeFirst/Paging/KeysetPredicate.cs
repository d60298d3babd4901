using System.Linq.Expressions;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// The seek predicate of keyset paging: the items strictly after a cursor in the order of the keys,
/// <c>(k1 &gt; @v1) OR (k1 = @v1 AND k2 &gt; @v2) …</c> (with <c>&lt;</c> for descending keys). It is a WHERE clause
/// the database answers from an index, instead of skipping the rows before the cursor. Keys that can be null are
/// ordered nulls first ascending (see <see cref="Ordering"/>), which decides where null values and null cursors sit.
/// </summary>
internal static class KeysetPredicate
{
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, bool guarded)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? predicate = null;
        Expression? equalBefore = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var read = key.Path.Read(parameter, guarded);
            var value = QueryParameter.Create(values[i], read.Type);
            var after = Follows(key, read, value, values[i] is null);
            var term = equalBefore is null ? after : Expression.AndAlso(equalBefore, after);
            predicate = predicate is null ? term : Expression.OrElse(predicate, term);
            var equal = values[i] is null ? IsNull(read) : Comparisons.Equal(read, value);
            equalBefore = equalBefore is null ? equal : Expression.AndAlso(equalBefore, equal);
        }

        return Expression.Lambda<Func<T, bool>>(predicate ?? Expression.Constant(true), parameter);
    }

    /// <summary>The key's value comes after the cursor's value in the key's direction.</summary>
    private static Expression Follows(SortKey key, Expression read, Expression value, bool valueIsNull)
    {
        if (!key.Descending)
        {
            // Ascending, nulls first: after a null come all values; after a value only larger ones.
            return valueIsNull ? Expression.Not(IsNull(read)) : Comparisons.GreaterThan(read, value);
        }

        // Descending, nulls last: nothing comes after a null; after a value come smaller ones, then the nulls.
        if (valueIsNull)
        {
            return Expression.Constant(false);
        }

        var smaller = Comparisons.LessThan(read, value);
        return key.CanBeNull ? Expression.OrElse(smaller, IsNull(read)) : smaller;
    }

    private static Expression IsNull(Expression read) =>
        read.Type.IsValueType && Nullable.GetUnderlyingType(read.Type) is null
            ? Expression.Constant(false)
            : Expression.Equal(read, Expression.Constant(null, read.Type));
}
