using Meridian.Errors;

namespace Meridian.Validation;

/// <summary>The outcome of validating a document: its errors in the order they were found. Immutable, so it can be cached.</summary>
public sealed class ValidationResult
{
    public ValidationResult(IReadOnlyList<IError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    /// <summary>The shared result of a valid document.</summary>
    public static ValidationResult Valid { get; } = new([]);

    public IReadOnlyList<IError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Errors);
}
