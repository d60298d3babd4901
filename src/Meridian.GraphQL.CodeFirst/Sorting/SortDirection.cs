namespace Meridian.CodeFirst.Data;

/// <summary>The runtime values of <c>SortEnumType</c>.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
