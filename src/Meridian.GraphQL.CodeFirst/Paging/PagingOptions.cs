namespace Meridian.CodeFirst.Data;

/// <summary>Paging defaults of an executor (Hot Chocolate's <c>PagingOptions</c> and defaults).</summary>
public sealed class PagingOptions
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> (nor <c>take</c>) is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c>, <c>last</c> or <c>take</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Adds <c>totalCount: Int!</c> to connections and collection segments (counted only when selected).</summary>
    public bool IncludeTotalCount { get; set; }

    /// <summary>Requires <c>first</c> or <c>last</c> on every request.</summary>
    public bool RequirePagingBoundaries { get; set; }

    /// <summary>Offers <c>last</c> and <c>before</c>.</summary>
    public bool AllowBackwardPagination { get; set; } = true;
}
