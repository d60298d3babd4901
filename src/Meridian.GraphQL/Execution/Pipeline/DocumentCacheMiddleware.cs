using Meridian.PersistedOperations;

namespace Meridian.Execution;

/// <summary>
/// Finds the parsed document in the document cache by the SHA-256 hash of its text (or by the persisted document
/// id when no text was sent), so a repeated request is not parsed again.
/// </summary>
public static class DocumentCacheMiddleware
{
    public static RequestMiddleware Create() => static (_, next) => context =>
    {
        if (context.Document is null)
        {
            context.DocumentText ??= context.Request.Document;
            if (context.DocumentHash is null)
            {
                if (context.DocumentText is not null)
                {
                    context.DocumentHash = DocumentHash.ComputeSha256Hex(context.DocumentText);
                }
                else if (context.Request.DocumentId is { } id)
                {
                    context.DocumentHash = id.Value;
                }
            }

            if (context.DocumentHash is not null && context.Executor.DocumentCache.TryGet(context.DocumentHash, out var document))
            {
                context.Document = document;
                context.IsCachedDocument = true;
                context.Executor.Diagnostics.DocumentCacheHit(context);
            }
        }

        return next(context);
    };
}
