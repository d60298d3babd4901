namespace Meridian.Validation;

/// <summary>
/// §5.6.1 Values of Correct Type: every literal coerces to the type expected where it stands: scalars and enums
/// through their literal parsing, lists item by item (or as a list of one), input objects as objects, and null
/// only where the type is nullable. Variables inside literals are judged by All Variable Usages Are Allowed.
/// </summary>
public sealed class ValuesOfCorrectTypeRule()
    : InputValueRule(InputValueIssueKind.IncorrectValue, ValidationErrorCodes.ValueInvalid, SpecSections.ValuesOfCorrectType);
