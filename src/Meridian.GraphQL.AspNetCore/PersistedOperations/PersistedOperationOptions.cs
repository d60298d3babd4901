namespace Meridian.AspNetCore.PersistedOperations;

/// <summary>
/// Persisted operations: documents stored by id in the registered <c>IOperationDocumentStorage</c> (file system,
/// memory or Redis), sent by id (<c>id</c> / <c>documentId</c>) or through Apollo's automatic persisted queries
/// (<c>extensions.persistedQuery.sha256Hash</c>).
/// </summary>
public sealed class PersistedOperationOptions
{
    /// <summary>
    /// Apollo's automatic persisted queries: a hash alone runs the stored document (or fails with
    /// <c>PERSISTED_QUERY_NOT_FOUND</c>, the client's cue to resend with the text); a hash with the text stores it.
    /// </summary>
    public bool EnableAutomaticPersistedOperations { get; set; }

    /// <summary>
    /// Only stored documents run: a request carrying document text fails with <c>PERSISTED_OPERATION_REQUIRED</c>,
    /// and automatic persisted queries cannot store new documents.
    /// </summary>
    public bool OnlyAllowPersistedDocuments { get; set; }

    public PersistedOperationOptions Clone() => (PersistedOperationOptions)MemberwiseClone();
}
