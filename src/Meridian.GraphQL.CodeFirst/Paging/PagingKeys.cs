namespace Meridian.CodeFirst.Data;

/// <summary>
/// The ordering of a page: the requested sort keys, then the entity's key properties as the unique tiebreaker that
/// keyset cursors need. Without a known key the ordering is not unique, and paging falls back to positions.
/// </summary>
internal static class PagingKeys
{
    public static IReadOnlyList<SortKey> For(IQueryable query, IReadOnlyList<SortKey>? sorts, IQueryableExecutor executor, out bool isUnique)
    {
        var keys = new List<SortKey>(sorts ?? []);
        var keyProperties = executor.FindKey(query);
        isUnique = keyProperties is { Count: > 0 };
        foreach (var property in keyProperties ?? [])
        {
            var path = new MemberPath([property]);
            if (!keys.Exists(k => k.Path.SameAs(path)))
            {
                keys.Add(new SortKey(path, descending: false));
            }
        }

        return keys;
    }
}
