using System.Collections.Concurrent;
using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;
using Meridian.Validation;

namespace Meridian.Execution;

/// <summary>
/// The pipeline's default validator: every rule of §5 through <see cref="DocumentValidator"/>, with the request's
/// depth, cost, error-count and introspection limits. Suggestions ("Did you mean …?") are left out when
/// introspection is off, so that errors do not reveal what introspection hides.
/// </summary>
public sealed class SpecDocumentValidator : IRequestDocumentValidator
{
    private readonly DocumentValidator _validator;
    private readonly ConcurrentDictionary<ValidationSettings, ValidationOptions> _options = new();

    public SpecDocumentValidator(DocumentValidator? validator = null)
    {
        _validator = validator ?? DocumentValidator.Default;
    }

    public static SpecDocumentValidator Instance { get; } = new();

    public IReadOnlyList<IError> Validate(Schema schema, DocumentNode document, ValidationSettings settings, CancellationToken cancellationToken)
    {
        var options = _options.GetOrAdd(settings, static s => new ValidationOptions
        {
            MaxErrors = Math.Max(1, s.MaxErrors),
            MaxExecutionDepth = s.MaxExecutionDepth,
            MaxFieldCost = s.MaxFieldCost,
            IntrospectionAllowed = s.AllowIntrospection,
            HideSuggestions = !s.AllowIntrospection,
        });
        return _validator.Validate(schema, document, options, cancellationToken).Errors;
    }
}
