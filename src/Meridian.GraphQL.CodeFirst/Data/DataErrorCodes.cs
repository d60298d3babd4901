namespace Meridian.CodeFirst.Data;

/// <summary>The <c>extensions.code</c> of errors raised by paging, filtering and sorting (Hot Chocolate's codes in parentheses).</summary>
public static class DataErrorCodes
{
    /// <summary><c>first</c>, <c>last</c> or <c>take</c> is above the field's maximum page size (HC0051).</summary>
    public const string MaxPageSizeExceeded = "PAGING_MAX_PAGE_SIZE_EXCEEDED";

    /// <summary><c>first</c>, <c>last</c>, <c>skip</c> or <c>take</c> is negative (HC0079).</summary>
    public const string NegativePageSize = "PAGING_NEGATIVE_PAGE_SIZE";

    /// <summary>The field requires <c>first</c> or <c>last</c> and neither was given (HC0052).</summary>
    public const string PagingBoundariesRequired = "PAGING_BOUNDARIES_REQUIRED";

    /// <summary>An <c>after</c> or <c>before</c> cursor is not one this field produced for the current order (HC0078).</summary>
    public const string InvalidCursor = "PAGING_CURSOR_INVALID";

    /// <summary>A filter operation was given a value it cannot use (null where a value is needed, a value out of range).</summary>
    public const string InvalidFilterValue = "FILTER_VALUE_INVALID";

    /// <summary>A sort input names no field, or a nested sort input is empty.</summary>
    public const string InvalidSortValue = "SORT_VALUE_INVALID";
}
