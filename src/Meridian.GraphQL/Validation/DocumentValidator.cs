using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// Validates executable documents against a schema (§5): every rule's visitor runs over one shared walk of the
/// document, with type information tracked once. Stateless and thread-safe: one instance serves all requests, and
/// the same inputs always give the same errors in the same order, so results can be cached by document.
/// </summary>
public sealed class DocumentValidator
{
    private readonly IValidationRule[] _rules;

    /// <summary>A validator with <see cref="ValidationRules.Default"/>: every rule of §5 and the limits beyond it.</summary>
    public DocumentValidator()
        : this(ValidationRules.Default)
    {
    }

    /// <summary>A validator with the given rules only (tools and tests run single rules).</summary>
    public DocumentValidator(IEnumerable<IValidationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
    }

    /// <summary>The shared validator with the default rules.</summary>
    public static DocumentValidator Default { get; } = new();

    public IReadOnlyList<IValidationRule> Rules => _rules;

    /// <summary>
    /// Validates <paramref name="document"/>. Errors carry graphql-js's wording, the locations of the nodes at fault,
    /// <c>extensions.code</c> (<see cref="ValidationErrorCodes"/>) and, for the rules of §5,
    /// <c>extensions.specifiedBy</c>. Throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public ValidationResult Validate(
        Schema schema,
        DocumentNode document,
        ValidationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();

        var context = new ValidationContext(schema, document, options ?? ValidationOptions.Default, cancellationToken);
        var visitors = new List<ValidationVisitor>(_rules.Length);
        foreach (var rule in _rules)
        {
            if (rule.CreateVisitor(context) is { } visitor)
            {
                visitors.Add(visitor);
            }
        }

        new ValidationWalker(new VisitorSet(visitors)).Walk(document, context);
        return context.Errors.Count == 0 ? ValidationResult.Valid : new ValidationResult([.. context.Errors]);
    }
}
