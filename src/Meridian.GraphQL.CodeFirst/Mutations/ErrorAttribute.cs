namespace Meridian.CodeFirst;

/// <summary>
/// Declares an error a mutation returns as data (Hot Chocolate's <c>[Error]</c>): when the resolver throws the
/// exception type, the payload's <c>errors</c> list holds it as a GraphQL error object instead of the field failing.
/// The type is an exception (its public properties become the error type's fields, named by replacing
/// <c>Exception</c> with <c>Error</c>), or an error class with a public constructor taking the exception it maps.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public class ErrorAttribute : Attribute
{
    public ErrorAttribute(Type errorType)
    {
        ArgumentNullException.ThrowIfNull(errorType);
        ErrorType = errorType;
    }

    public Type ErrorType { get; }
}

/// <inheritdoc cref="ErrorAttribute"/>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ErrorAttribute<TError>() : ErrorAttribute(typeof(TError));
