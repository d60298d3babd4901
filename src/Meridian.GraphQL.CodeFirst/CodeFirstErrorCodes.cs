namespace Meridian.CodeFirst;

/// <summary>The stable <c>extensions.code</c> values of errors that code-first features raise.</summary>
public static class CodeFirstErrorCodes
{
    /// <summary>An opaque node ID could not be decoded, or belongs to another type than the one expected.</summary>
    public const string NodeIdInvalid = "NODE_ID_INVALID";

    /// <summary><c>nodes(ids:)</c> asked for more IDs than <see cref="GlobalObjectIdentificationOptions.MaxAllowedNodeBatchSize"/>.</summary>
    public const string NodeBatchLimitExceeded = "NODE_BATCH_LIMIT_EXCEEDED";

    /// <summary>An <c>@authorize</c> check failed because the request has no authenticated user (Hot Chocolate's code).</summary>
    public const string AuthNotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>An <c>@authorize</c> check failed for the authenticated user (Hot Chocolate's code).</summary>
    public const string AuthNotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>An <c>@authorize</c> names a policy the application did not register.</summary>
    public const string AuthPolicyNotFound = "AUTH_POLICY_NOT_FOUND";

    /// <summary>A required global, scoped or local state entry was not set for the request.</summary>
    public const string StateMissing = "STATE_MISSING";
}
