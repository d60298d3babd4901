using System.Diagnostics.CodeAnalysis;
using Meridian.Errors;
using Meridian.Execution;
using Meridian.PersistedOperations;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.AspNetCore.PersistedOperations;

/// <summary>
/// The server's persisted operation steps around the engine's: automatic persisted queries (a known hash runs the
/// stored text; a hash with matching text is stored once the document validates) and the persisted-only policy.
/// Requests by document id are the engine's <c>PersistedOperationMiddleware</c>.
/// </summary>
internal static class ServerPersistedOperationMiddleware
{
    // Where the lookup step leaves a hash whose text is to be stored once the document validates.
    private const string PendingStoreKey = "Meridian.AspNetCore.PersistedQuery.PendingStore";

    /// <summary>Runs before the document cache: resolves automatic persisted queries and applies the policy.</summary>
    public static RequestMiddleware CreateLookup(Func<IServiceProvider, PersistedOperationOptions> getOptions) => (factory, next) =>
    {
        var options = getOptions(factory.Services);
        var storage = factory.Services.GetService<IOperationDocumentStorage>();

        // Requests without the extension pass through without the frame of an asynchronous step, unless the policy
        // has to look at them.
        return context => options.OnlyAllowPersistedDocuments || PersistedQueryExtension.TryGet(context.Request.Extensions, out _)
            ? LookupAsync(context)
            : next(context);

        async ValueTask LookupAsync(RequestContext context)
        {
            var request = context.Request;
            if (PersistedQueryExtension.TryGet(request.Extensions, out var hash))
            {
                if (!options.EnableAutomaticPersistedOperations || storage is null)
                {
                    if (request.Document is null)
                    {
                        context.SetRequestError(new Error("PersistedQueryNotSupported", PersistedOperationErrorCodes.PersistedQueryNotSupported));
                        return;
                    }
                }
                else if (!IsSha256Hex(hash))
                {
                    context.SetRequestError(new Error("The persisted query hash must be a SHA-256 hex hash.", PersistedOperationErrorCodes.PersistedQueryHashMismatch));
                    return;
                }
                else if (request.Document is null)
                {
                    var text = await storage.TryReadAsync(new OperationDocumentId(hash), context.RequestAborted).ConfigureAwait(false);
                    if (text is null)
                    {
                        context.SetRequestError(new Error("PersistedQueryNotFound", PersistedOperationErrorCodes.PersistedQueryNotFound));
                        return;
                    }

                    context.DocumentText = text;
                    context.DocumentHash = hash.ToLowerInvariant();
                    context.IsPersistedDocument = true;
                }
                else if (!DocumentHash.Matches(hash, request.Document))
                {
                    context.SetRequestError(new Error("The persisted query hash does not match the document.", PersistedOperationErrorCodes.PersistedQueryHashMismatch));
                    return;
                }
                else if (!options.OnlyAllowPersistedDocuments)
                {
                    context.DocumentHash = hash.ToLowerInvariant();
                    context.ContextData[PendingStoreKey] = context.DocumentHash;
                }
            }

            if (options.OnlyAllowPersistedDocuments && !context.IsPersistedDocument && request.Document is not null)
            {
                context.SetRequestError(new Error("Only persisted operations are allowed: send the document's id instead of its text.", PersistedOperationErrorCodes.PersistedOperationRequired));
                return;
            }

            await next(context).ConfigureAwait(false);
        }
    };

    /// <summary>Runs after validation: stores the text of an automatic persisted query that validated.</summary>
    public static RequestMiddleware CreateStore() => (factory, next) =>
    {
        var storage = factory.Services.GetService<IOperationDocumentStorage>();
        if (storage is null)
        {
            return next;
        }

        // Only a request with a persisted query extension can have left a hash to store: asking the context data of
        // every other request would create it. They pass through without the frame of an asynchronous step.
        return context => PersistedQueryExtension.TryGet(context.Request.Extensions, out _)
            && context.ContextData.Remove(PendingStoreKey, out var pending)
            && pending is string hash
            && context.DocumentText is { } text
                ? StoreAsync(context, new OperationDocumentId(hash), text)
                : next(context);

        async ValueTask StoreAsync(RequestContext context, OperationDocumentId id, string text)
        {
            await storage.SaveAsync(id, text, context.RequestAborted).ConfigureAwait(false);
            await next(context).ConfigureAwait(false);
        }
    };

    private static bool IsSha256Hex([NotNullWhen(true)] string? hash)
    {
        if (hash is not { Length: DocumentHash.Sha256HexLength })
        {
            return false;
        }

        foreach (var character in hash)
        {
            if (!char.IsAsciiHexDigit(character))
            {
                return false;
            }
        }

        return true;
    }
}
