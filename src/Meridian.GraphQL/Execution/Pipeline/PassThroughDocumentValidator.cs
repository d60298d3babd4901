using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// Accepts every document. It stands in for the validator where none is registered; the executor itself stays safe
/// on unvalidated documents (unknown fields are not selected, fragment cycles are not followed, bad arguments and
/// variables fail with their codes), but answers are only as good as the document.
/// </summary>
public sealed class PassThroughDocumentValidator : IRequestDocumentValidator
{
    public static PassThroughDocumentValidator Instance { get; } = new();

    public IReadOnlyList<IError> Validate(Schema schema, DocumentNode document, ValidationSettings settings, CancellationToken cancellationToken) => [];
}
