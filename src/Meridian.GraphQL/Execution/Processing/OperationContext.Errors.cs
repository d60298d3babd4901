using Meridian.Errors;

namespace Meridian.Execution;

internal sealed partial class OperationContext
{
    /// <summary>The message of errors from unexpected resolver exceptions; the exception itself is not shown.</summary>
    public const string UnexpectedErrorMessage = "Unexpected Execution Error";

    /// <summary>Adds an error (thread-safe: resolvers report from any thread).</summary>
    public void ReportError(IError error, Selection? selection)
    {
        if (selection is not null && error.Locations is null && selection.Locations is { } locations)
        {
            error = error.WithLocations(locations);
        }

        var errors = _errors ?? Interlocked.CompareExchange(ref _errors, [], null) ?? _errors;
        lock (errors)
        {
            errors.Add(error);
        }

        if (selection is not null)
        {
            Executor.Diagnostics.ResolverError(Request, selection, error);
        }
    }

    private void ReportFieldError(ResolverContext context, ResultData container, int index, string code, string message)
    {
        var error = new Error(message, code, container.PathOf(index), context.Selection.Locations);
        ReportError(error, context.Selection);
    }

    /// <summary>
    /// Turns a resolver's exception into field errors at its path and nulls the field: a GraphQLException's errors
    /// as they are (path and locations added), anything else as an unexpected error whose details are shown only
    /// when the executor is configured to include them.
    /// </summary>
    private void HandleResolverException(ResolverContext context, Exception exception)
    {
        var selection = context.Selection;
        var path = context.Container.PathOf(context.Index);
        if (exception is GraphQLException graphQLException)
        {
            foreach (var error in graphQLException.Errors)
            {
                ReportError(error.Path is null ? error.WithPath(path) : error, selection);
            }
        }
        else
        {
            ReportError(CreateUnexpectedError(exception, path, IncludeExceptionDetails), selection);
        }

        SetNull(context.Container, context.Index, selection.IsNonNull);
    }

    /// <summary>The error for an unexpected exception, with its details in <c>extensions.exception</c> only when asked.</summary>
    public static IError CreateUnexpectedError(Exception exception, Path? path, bool includeDetails)
    {
        var builder = ErrorBuilder.New()
            .SetMessage(UnexpectedErrorMessage)
            .SetCode(ErrorCodes.UnexpectedError)
            .SetPath(path)
            .SetException(exception);
        if (includeDetails)
        {
            builder.SetExtension("exception", new OrderedDictionary<string, object?>
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            });
        }

        return builder.Build();
    }
}
