using Meridian.Errors;
using Meridian.PersistedOperations;

namespace Meridian.Execution;

/// <summary>
/// Reads the document of a request that names a persisted document id from the executor's
/// <c>IOperationDocumentStorage</c>; an unknown id ends the request with <c>PERSISTED_OPERATION_NOT_FOUND</c>.
/// The server's automatic persisted operation flow (store on first sight) runs before this step.
/// </summary>
public static class PersistedOperationMiddleware
{
    /// <summary>The document id names no stored document.</summary>
    public const string PersistedOperationNotFound = "PERSISTED_OPERATION_NOT_FOUND";

    // Most requests carry their document: they pass through without the frame of an asynchronous step.
    public static RequestMiddleware Create() => static (_, next) => context =>
        context.Document is null && context.DocumentText is null && context.Request.DocumentId is { } id
            ? LoadAsync(context, id, next)
            : next(context);

    private static async ValueTask LoadAsync(RequestContext context, OperationDocumentId id, RequestDelegate next)
    {
        var storage = context.Executor.DocumentStorage;
        var text = storage is null ? null : await storage.TryReadAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (text is null)
        {
            context.SetRequestError(new Error("The specified persisted operation was not found.", PersistedOperationNotFound)
                .WithExtension("documentId", id.Value));
            return;
        }

        context.DocumentText = text;
        context.IsPersistedDocument = true;
        await next(context).ConfigureAwait(false);
    }
}
