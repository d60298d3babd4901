namespace Meridian.CodeFirst;

/// <summary>
/// Keys of the data middleware, whose order in a field's pipeline matters as in Hot Chocolate:
/// <c>UsePaging → UseProjection → UseFiltering → UseSorting</c>, outermost first (paging slices what projection,
/// filtering and sorting built). Add them in that order (attributes in that source order); a field whose keyed
/// middleware is out of order is a schema error.
/// </summary>
public static class WellKnownMiddleware
{
    public const string Paging = "Meridian.Data.Paging";

    public const string Projection = "Meridian.Data.Projection";

    public const string Filtering = "Meridian.Data.Filtering";

    public const string Sorting = "Meridian.Data.Sorting";

    /// <summary>The data middleware keys in their required order.</summary>
    public static IReadOnlyList<string> DataOrder { get; } = [Paging, Projection, Filtering, Sorting];
}
