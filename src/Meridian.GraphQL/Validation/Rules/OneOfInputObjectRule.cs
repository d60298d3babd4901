namespace Meridian.Validation;

/// <summary>
/// §5.6.1 with §3.10.1 OneOf Input Objects: a literal of a OneOf input object type gives exactly one field, and not
/// null. (A variable given for such a field must be non-null: All Variable Usages Are Allowed checks that.)
/// </summary>
public sealed class OneOfInputObjectRule()
    : InputValueRule(InputValueIssueKind.OneOf, ValidationErrorCodes.OneOfInputInvalid, SpecSections.OneOfInputObjects);
