namespace Meridian.Errors;

/// <summary>
/// An exception that carries GraphQL errors. Resolvers throw it to report errors with codes and extensions; the
/// executor turns its <see cref="Errors"/> into response errors instead of a generic unexpected error.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message)
        : this(new Error(message))
    {
    }

    public GraphQLException(IError error)
        : this([error])
    {
    }

    public GraphQLException(IReadOnlyList<IError> errors, Exception? innerException = null)
        : base(JoinMessages(errors), innerException)
    {
        Errors = errors;
    }

    public IReadOnlyList<IError> Errors { get; }

    private static string JoinMessages(IReadOnlyList<IError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count switch
        {
            0 => throw new ArgumentException("At least one error is required.", nameof(errors)),
            1 => errors[0].Message,
            _ => string.Join(Environment.NewLine, errors.Select(e => e.Message)),
        };
    }
}
