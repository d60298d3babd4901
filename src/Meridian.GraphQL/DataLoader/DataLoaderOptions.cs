namespace Meridian.DataLoader;

/// <summary>Settings of a DataLoader.</summary>
public sealed record DataLoaderOptions
{
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>The most keys one fetch receives; a larger batch is split. Zero means no limit.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Keep loaded values for the request, so that loading a key again does not fetch it again.</summary>
    public bool Caching { get; init; } = true;
}
