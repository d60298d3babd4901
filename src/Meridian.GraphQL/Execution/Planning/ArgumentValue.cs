using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// The coerced value of one argument of a field selection, or the reason it has none. Literal arguments without
/// variables are coerced once, when planning; the others once per request.
/// </summary>
internal readonly struct ArgumentValue
{
    public ArgumentValue(Argument argument, object? value, bool isSet, IValueNode? literal, IError? error)
    {
        Argument = argument;
        Value = value;
        IsSet = isSet;
        Literal = literal;
        Error = error;
    }

    public Argument Argument { get; }

    public object? Value { get; }

    /// <summary>False when the argument was neither given nor defaulted (it is absent, not null).</summary>
    public bool IsSet { get; }

    /// <summary>The literal as written in the document, or null when the argument was not given.</summary>
    public IValueNode? Literal { get; }

    /// <summary>Why the argument could not be coerced; the field then fails with <c>ARGUMENT_VALUE_INVALID</c>.</summary>
    public IError? Error { get; }
}
