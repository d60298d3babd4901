using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>Enables the data middleware on an executor, as Hot Chocolate's <c>AddFiltering</c>, <c>AddSorting</c> and <c>AddProjections</c> do.</summary>
public static class DataRequestExecutorBuilderExtensions
{
    /// <summary>Enables <see cref="UseFilteringAttribute"/>: a <c>where</c> argument translated to a predicate on the field's query.</summary>
    public static IRequestExecutorBuilder AddFiltering(this IRequestExecutorBuilder builder) =>
        builder.ModifyCodeFirstOptions(o => DataOptions.Of(o).IsFilteringEnabled = true);

    /// <summary>Enables <see cref="UseSortingAttribute"/>: an <c>order</c> argument translated to an ordering of the field's query.</summary>
    public static IRequestExecutorBuilder AddSorting(this IRequestExecutorBuilder builder) =>
        builder.ModifyCodeFirstOptions(o => DataOptions.Of(o).IsSortingEnabled = true);

    /// <summary>Enables <see cref="UseProjectionAttribute"/>: only the selected members are read from the field's query.</summary>
    public static IRequestExecutorBuilder AddProjections(this IRequestExecutorBuilder builder) =>
        builder.ModifyCodeFirstOptions(o => DataOptions.Of(o).IsProjectionEnabled = true);

    /// <summary>Changes the paging defaults of every paged field (an attribute's own settings still win).</summary>
    public static IRequestExecutorBuilder ModifyPagingOptions(this IRequestExecutorBuilder builder, Action<PagingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.ModifyCodeFirstOptions(o => configure(DataOptions.Of(o).Paging));
    }
}
