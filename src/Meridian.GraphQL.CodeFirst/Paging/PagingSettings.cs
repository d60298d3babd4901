namespace Meridian.CodeFirst.Data;

/// <summary>The paging settings of one field: the executor's options overridden by the attribute's.</summary>
internal sealed record PagingSettings(int DefaultPageSize, int MaxPageSize, bool IncludeTotalCount, bool RequirePagingBoundaries, bool AllowBackwardPagination)
{
    public static PagingSettings Create(PagingOptions options, int? defaultPageSize, int? maxPageSize, bool? includeTotalCount, bool? requireBoundaries, bool? allowBackward)
    {
        var max = maxPageSize ?? options.MaxPageSize;
        return new PagingSettings(
            Math.Min(defaultPageSize ?? options.DefaultPageSize, max),
            max,
            includeTotalCount ?? options.IncludeTotalCount,
            requireBoundaries ?? options.RequirePagingBoundaries,
            allowBackward ?? options.AllowBackwardPagination);
    }
}
