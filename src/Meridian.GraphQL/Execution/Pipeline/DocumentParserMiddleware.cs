using System.Diagnostics;
using Meridian.Errors;
using Meridian.Language;

namespace Meridian.Execution;

/// <summary>Parses the document text within the parser's bounds and puts it in the document cache; syntax errors end the request.</summary>
public static class DocumentParserMiddleware
{
    public static RequestMiddleware Create() => static (_, next) => context =>
    {
        if (context.Document is null)
        {
            if (context.DocumentText is null)
            {
                context.SetRequestError(new Error("The request has no document.", SyntaxErrorCodes.SyntaxError));
                return default;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                context.Document = Parser.Parse(context.DocumentText, context.Options.ParserOptions);
            }
            catch (SyntaxException exception)
            {
                var error = new Error(exception.Message, exception.Code, locations: [exception.Location]);
                context.Executor.Diagnostics.SyntaxError(context, error);
                context.SetRequestError(error);
                return default;
            }

            context.Executor.Diagnostics.DocumentParsed(context, Stopwatch.GetElapsedTime(started));
            if (context.CacheKey is { } key)
            {
                context.Executor.DocumentCache.Set(key, context.Document);
            }
        }

        return next(context);
    };
}
