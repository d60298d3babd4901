namespace Meridian.AspNetCore.PersistedOperations;

/// <summary>
/// The stable codes of the server's persisted operation errors (the engine's own, for an unknown document id, is
/// <c>PERSISTED_OPERATION_NOT_FOUND</c>). The automatic persisted query codes are Apollo's, which its clients act on.
/// </summary>
public static class PersistedOperationErrorCodes
{
    /// <summary>The hash names no stored document: the client resends the request with its text.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Automatic persisted queries are not enabled (or no document storage is registered).</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The hash is not the SHA-256 of the document text sent with it (or not a SHA-256 hex hash at all).</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Only persisted documents may run here, and the request sent document text.</summary>
    public const string PersistedOperationRequired = "PERSISTED_OPERATION_REQUIRED";
}
