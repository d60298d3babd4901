using Meridian.Execution;
using Meridian.PersistedOperations;

namespace Meridian.AspNetCore;

/// <summary>
/// The parameters of one GraphQL request as a transport received them (GraphQL over HTTP §"Request Parameters"):
/// the document text or a persisted document id, the operation name, variables and extensions.
/// </summary>
public sealed record GraphQLRequestPayload
{
    public string? Query { get; init; }

    /// <summary>The id of a persisted document (<c>documentId</c>), sent instead of <see cref="Query"/>.</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A request builder carrying these parameters; the caller adds services, user and flags.</summary>
    public OperationRequestBuilder ToRequestBuilder()
    {
        var builder = OperationRequestBuilder.New()
            .SetDocument(Query)
            .SetOperationName(OperationName)
            .SetVariableValues(Variables)
            .SetExtensions(Extensions);
        if (DocumentId is not null)
        {
            builder.SetDocumentId(new OperationDocumentId(DocumentId));
        }

        return builder;
    }
}
