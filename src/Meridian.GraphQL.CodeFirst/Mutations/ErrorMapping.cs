namespace Meridian.CodeFirst;

/// <summary>
/// Turns exceptions a mutation declared into error objects: the exception itself (exception error types), or an
/// error class built from it. An <see cref="AggregateException"/> maps when every inner exception does.
/// </summary>
internal sealed class ErrorMapping(IReadOnlyList<(Type ExceptionType, Func<Exception, object> Create)> mappings)
{
    public bool TryMap(Exception exception, out IReadOnlyList<object> errors)
    {
        if (exception is AggregateException aggregate)
        {
            var mapped = new List<object>();
            foreach (var inner in aggregate.Flatten().InnerExceptions)
            {
                if (!TryMapOne(inner, out var error))
                {
                    errors = [];
                    return false;
                }

                mapped.Add(error);
            }

            errors = mapped;
            return mapped.Count > 0;
        }

        if (TryMapOne(exception, out var single))
        {
            errors = [single];
            return true;
        }

        errors = [];
        return false;
    }

    private bool TryMapOne(Exception exception, out object error)
    {
        foreach (var (exceptionType, create) in mappings)
        {
            if (exceptionType.IsInstanceOfType(exception))
            {
                error = create(exception);
                return true;
            }
        }

        error = null!;
        return false;
    }
}
