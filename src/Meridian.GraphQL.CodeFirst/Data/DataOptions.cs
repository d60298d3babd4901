namespace Meridian.CodeFirst.Data;

/// <summary>
/// Which data features an executor enabled (<c>AddFiltering</c>, <c>AddSorting</c>, <c>AddProjections</c>) and its
/// paging options; kept in <see cref="CodeFirstOptions.Features"/> so that the data attributes read them.
/// </summary>
public sealed class DataOptions
{
    public PagingOptions Paging { get; } = new();

    public bool IsFilteringEnabled { get; set; }

    public bool IsSortingEnabled { get; set; }

    public bool IsProjectionEnabled { get; set; }

    /// <summary>The data options of a code-first configuration, created on first use.</summary>
    public static DataOptions Of(CodeFirstOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Features.TryGetValue(typeof(DataOptions), out var feature))
        {
            feature = new DataOptions();
            options.Features[typeof(DataOptions)] = feature;
        }

        return (DataOptions)feature;
    }
}
