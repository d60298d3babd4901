namespace Meridian.Errors;

/// <summary>
/// Thrown by a scalar or enum type when a value cannot be coerced (input or result). The message follows
/// graphql-js's wording, for example <c>Int cannot represent non-integer value: 1.5</c>; the caller (validation or
/// execution) wraps it into an error with its own code, path and locations.
/// </summary>
public sealed class LeafCoercionException : GraphQLException
{
    public LeafCoercionException(string message, string typeName)
        : base(new Error(message))
    {
        TypeName = typeName;
    }

    /// <summary>The name of the scalar or enum type that refused the value.</summary>
    public string TypeName { get; }
}
