namespace Meridian.Validation;

/// <summary>
/// A validation rule. Rules are stateless and shared across threads; for each validation the rule creates a
/// <see cref="ValidationVisitor"/> (which may hold state for that one validation), and the visitors of all rules run
/// together over one walk of the document.
/// </summary>
public interface IValidationRule
{
    /// <summary>
    /// The visitor that checks one document, or null when the rule has nothing to do under
    /// <see cref="ValidationContext.Options"/> (a limit that is switched off).
    /// </summary>
    ValidationVisitor? CreateVisitor(ValidationContext context);
}
