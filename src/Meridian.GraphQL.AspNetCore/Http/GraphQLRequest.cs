namespace Meridian.AspNetCore.Http;

/// <summary>
/// One GraphQL-over-HTTP request as the client sent it (JSON body or URL parameters), before it becomes an
/// <c>OperationRequest</c>: the document text or id, operation name, variables (external values) and extensions.
/// </summary>
public sealed class GraphQLRequest
{
    public string? Query { get; init; }

    /// <summary>A persisted document id (<c>id</c> or <c>documentId</c>).</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Several variable sets (variable batching): the operation runs once per set.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>?>? VariableBatch { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
