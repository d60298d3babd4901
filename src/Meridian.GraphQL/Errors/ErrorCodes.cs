namespace Meridian.Errors;

/// <summary>
/// The stable <c>extensions.code</c> values of the engine's execution and schema errors; the one list of them.
/// Validation codes live in <c>ValidationErrorCodes</c>, language codes beside the parser.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The named operation is not in the document.</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>The document holds several operations and no operation name was given.</summary>
    public const string OperationNameRequired = "OPERATION_NAME_REQUIRED";

    /// <summary>The operation type is not allowed here (for example a mutation over HTTP GET).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>A variable's value could not be coerced to its type.</summary>
    public const string VariableValueInvalid = "VARIABLE_VALUE_INVALID";

    /// <summary>An argument's value could not be coerced to its type.</summary>
    public const string ArgumentValueInvalid = "ARGUMENT_VALUE_INVALID";

    /// <summary>A non-null field or list item resolved to null.</summary>
    public const string NonNullViolation = "NON_NULL_VIOLATION";

    /// <summary>A leaf value could not be serialized by its scalar or enum type.</summary>
    public const string ValueNotSerializable = "VALUE_NOT_SERIALIZABLE";

    /// <summary>The object type of an interface or union value could not be determined.</summary>
    public const string AbstractTypeUnresolved = "ABSTRACT_TYPE_UNRESOLVED";

    /// <summary>A resolver or the engine failed unexpectedly.</summary>
    public const string UnexpectedError = "UNEXPECTED_ERROR";

    /// <summary>The request exceeded its execution timeout.</summary>
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    /// <summary>The request was cancelled by the client or the server.</summary>
    public const string RequestCancelled = "REQUEST_CANCELLED";

    /// <summary>A schema failed to build; each error names the type-system member at fault.</summary>
    public const string SchemaInvalid = "SCHEMA_INVALID";
}
