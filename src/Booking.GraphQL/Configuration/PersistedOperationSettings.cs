namespace Booking.GraphQL.Configuration;

/// <summary>The <c>GraphQL:PersistedOperations</c> section.</summary>
public sealed class PersistedOperationSettings
{
    public const string SectionName = "GraphQL:PersistedOperations";

    /// <summary>A folder of <c>{id}.graphql</c> files; when unset, Redis is used if configured, else memory.</summary>
    public string? Folder { get; set; }

    /// <summary>Apollo's automatic persisted queries.</summary>
    public bool EnableAutomaticPersistedOperations { get; set; } = true;

    /// <summary>Only stored documents run (lock the API down to the operations its clients shipped with).</summary>
    public bool OnlyAllowPersistedDocuments { get; set; }
}
