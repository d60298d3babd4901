using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// Validates an executable document against the schema (§5, plus depth, cost and introspection limits). The
/// pipeline's validation step calls it and caches its answer per document hash and settings.
/// </summary>
public interface IRequestDocumentValidator
{
    /// <summary>The validation errors; empty when the document is valid.</summary>
    IReadOnlyList<IError> Validate(Schema schema, DocumentNode document, ValidationSettings settings, CancellationToken cancellationToken);
}
