namespace Meridian.Errors;

/// <summary>
/// Thrown by <c>SchemaBuilder.Build()</c> when the schema breaks rules of the specification's type system (§3).
/// It carries every error found, not only the first; each error's message names the type, field or argument at
/// fault, <c>extensions.coordinate</c> holds its schema coordinate, and locations point into the SDL when the member
/// came from SDL.
/// </summary>
public sealed class SchemaException : GraphQLException
{
    public SchemaException(IReadOnlyList<IError> errors)
        : base(errors)
    {
    }
}
