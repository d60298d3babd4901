namespace Meridian.Validation;

/// <summary>
/// §5.6.4 Input Object Required Fields: every input field of non-null type without a default is given. (An explicit
/// null for it is reported by Values of Correct Type.)
/// </summary>
public sealed class InputObjectRequiredFieldsRule()
    : InputValueRule(InputValueIssueKind.MissingRequiredField, ValidationErrorCodes.RequiredInputFieldMissing, SpecSections.InputObjectRequiredFields);
