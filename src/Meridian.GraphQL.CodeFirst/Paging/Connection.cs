namespace Meridian.CodeFirst.Data;

/// <summary>A page of a cursor connection: the edges, the page information and the total count (when it was asked for).</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, int? totalCount)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;

    public IReadOnlyList<object?> Nodes { get; } = [.. edges.Select(e => e.Node)];

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>The number of items in every page together; null when <c>totalCount</c> was not selected.</summary>
    public int? TotalCount { get; } = totalCount;
}

/// <summary>An item of a connection with the cursor that points at it.</summary>
public sealed record Edge(object? Node, string Cursor);

/// <summary>Whether there are items before and after the page, and the cursors of its first and last items.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
