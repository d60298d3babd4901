namespace Meridian.CodeFirst.Data;

/// <summary>A page of offset paging: the items, whether there are more, and the total count (when it was asked for).</summary>
public sealed class CollectionSegment(IReadOnlyList<object?> items, CollectionSegmentInfo info, int? totalCount)
{
    public IReadOnlyList<object?> Items { get; } = items;

    public CollectionSegmentInfo Info { get; } = info;

    public int? TotalCount { get; } = totalCount;
}

public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
