namespace Meridian.CodeFirst.Data;

/// <summary>
/// Slices a page by seeking: <c>after</c> and <c>before</c> become keyset predicates, the query is ordered by the keys
/// (reversed for <c>last</c>) and limited to one item more than the page, so the database reads only the page and
/// one more row — never the rows before it. Backward pages are put back in order in memory.
/// </summary>
internal static class KeysetPaging
{
    public static async Task<(IReadOnlyList<Edge> Edges, PageInfo PageInfo)> SliceAsync<T>(PageQuery<T> page, CancellationToken cancellationToken)
    {
        var (query, keys, arguments, projection, executor) = page;
        var guarded = query is EnumerableQuery;
        var types = keys.Select(k => k.Path.GetReadType(guarded)).ToArray();
        var reversed = keys.Select(k => k.Reverse()).ToArray();
        if (arguments.After is { } after)
        {
            query = query.Where(KeysetPredicate.After<T>(keys, CursorCodec.Decode(after, types, CursorPagingArguments.AfterName), guarded));
        }

        if (arguments.Before is { } before)
        {
            query = query.Where(KeysetPredicate.After<T>(reversed, CursorCodec.Decode(before, types, CursorPagingArguments.BeforeName), guarded));
        }

        var forward = arguments.First is not null;
        var limit = forward ? arguments.First!.Value : arguments.Last!.Value;
        var ordered = Ordering.Apply(query, forward ? keys : reversed, explicitNulls: true);
        var rows = await executor.ToListAsync(PageRow<T>.Select(ordered.Take(limit + 1), projection, keys), cancellationToken).ConfigureAwait(false);
        var hasMore = rows.Count > limit;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (!forward)
        {
            rows.Reverse();
        }

        var hasNext = forward ? hasMore || arguments.Before is not null : arguments.Before is not null;
        var hasPrevious = forward ? arguments.After is not null : hasMore || arguments.After is not null;
        if (forward && arguments.Last is { } last && rows.Count > last)
        {
            rows.RemoveRange(0, rows.Count - last);
            hasPrevious = true;
        }

        var edges = rows.Select(r => new Edge(r.Node, CursorCodec.Encode(r.Keys, types))).ToList();
        return (edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }
}
