namespace Meridian.CodeFirst.Data;

/// <summary>
/// Cursor paging by position, for items without a unique key (strings, values without an <c>Id</c>): cursors hold
/// the item's index and pages are taken with <c>Skip</c>/<c>Take</c> — Hot Chocolate's default cursors. A <c>last</c>
/// without <c>before</c> needs the count to know where the end is.
/// </summary>
internal static class PositionPaging
{
    private static readonly Type[] IndexTypes = [typeof(int)];

    public static async Task<(IReadOnlyList<Edge> Edges, PageInfo PageInfo)> SliceAsync<T>(PageQuery<T> page, CancellationToken cancellationToken)
    {
        var (query, keys, arguments, projection, executor) = page;
        var start = arguments.After is { } after ? Decode(after, CursorPagingArguments.AfterName) + 1 : 0;
        int? end = arguments.Before is { } before ? Decode(before, CursorPagingArguments.BeforeName) : null;
        if (arguments.First is { } first)
        {
            end = end is null ? start + first : Math.Min(end.Value, start + first);
        }

        if (arguments.Last is { } last)
        {
            end ??= await executor.CountAsync(query, cancellationToken).ConfigureAwait(false);
            start = Math.Max(start, end.Value - last);
        }

        var size = Math.Max(0, end!.Value - start);
        var ordered = keys.Count > 0 ? Ordering.Apply(query, keys, explicitNulls: false) : query;
        var items = await executor.ToListAsync(PageRow<T>.Project(ordered.Skip(start).Take(size + 1), projection), cancellationToken).ConfigureAwait(false);
        var hasNext = items.Count > size;
        if (hasNext)
        {
            items.RemoveAt(items.Count - 1);
        }

        var edges = items.Select((item, i) => new Edge(item, CursorCodec.Encode([start + i], IndexTypes))).ToList();
        return (edges, new PageInfo(hasNext, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }

    private static int Decode(string cursor, string argument)
    {
        var index = (int)CursorCodec.Decode(cursor, IndexTypes, argument)[0]!;
        return index >= 0
            ? index
            : throw DataErrors.Create(DataErrorCodes.InvalidCursor, $"The cursor given as {argument} is not valid for this field and order.", argument);
    }
}
