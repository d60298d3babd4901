using System.Diagnostics;

namespace Meridian.Execution;

/// <summary>Validates the document, answering from the validation cache (document + limits) when it can; invalid documents end the request.</summary>
public static class DocumentValidationMiddleware
{
    public static RequestMiddleware Create() => static (_, next) => context =>
    {
        var settings = context.EffectiveValidationSettings;
        var executor = context.Executor;
        var key = context.CacheKey;
        if (key is { } document && executor.ValidationCache.TryGet(new ValidationCacheKey(document, settings), out var cached))
        {
            context.ValidationErrors = cached;
            executor.Diagnostics.ValidationCacheHit(context);
        }
        else
        {
            var started = Stopwatch.GetTimestamp();
            var errors = executor.Validator.Validate(context.Schema, context.Document!, settings, context.RequestAborted);
            context.ValidationErrors = errors;
            executor.Diagnostics.DocumentValidated(context, Stopwatch.GetElapsedTime(started), errors);
            if (key is { } validated)
            {
                executor.ValidationCache.Set(new ValidationCacheKey(validated, settings), errors);
            }
        }

        if (context.ValidationErrors.Count > 0)
        {
            context.SetRequestErrors(context.ValidationErrors);
            return default;
        }

        return next(context);
    };
}
