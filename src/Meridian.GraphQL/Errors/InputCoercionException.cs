using Meridian.Language;

namespace Meridian.Errors;

/// <summary>
/// Thrown when an input value (a literal or an external value) cannot be coerced to its input type. The message
/// follows graphql-js; <see cref="InputPath"/> locates the failing part inside the value (field names and list
/// indices) so that the caller can say which variable or argument, and where in it.
/// </summary>
public sealed class InputCoercionException : GraphQLException
{
    public InputCoercionException(string message, IReadOnlyList<object> inputPath, ISyntaxNode? syntaxNode, Exception? innerException = null)
        : base([new Error(message)], innerException)
    {
        InputPath = inputPath;
        SyntaxNode = syntaxNode;
    }

    /// <summary>Field names (<see cref="string"/>) and list indices (<see cref="int"/>) from the value's root to the failure.</summary>
    public IReadOnlyList<object> InputPath { get; }

    /// <summary>The literal that failed, when coercing a literal.</summary>
    public ISyntaxNode? SyntaxNode { get; }
}
