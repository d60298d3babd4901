namespace Meridian.Execution;

/// <summary>
/// Finds the parsed document in the document cache by its text (or by the hash or persisted document id the request
/// named it by), so a repeated request is not parsed again.
/// </summary>
public static class DocumentCacheMiddleware
{
    public static RequestMiddleware Create() => static (_, next) => context =>
    {
        if (context.Document is null)
        {
            context.DocumentText ??= context.Request.Document;
            if (context.DocumentText is null && context.Request.DocumentId is { } id)
            {
                context.DocumentHash ??= id.Value;
            }

            if (context.CacheKey is { } key && context.Executor.DocumentCache.TryGet(key, out var document))
            {
                context.Document = document;
                context.IsCachedDocument = true;
                context.Executor.Diagnostics.DocumentCacheHit(context);
            }
        }

        return next(context);
    };
}
