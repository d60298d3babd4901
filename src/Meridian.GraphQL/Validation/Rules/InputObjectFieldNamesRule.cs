namespace Meridian.Validation;

/// <summary>§5.6.2 Input Object Field Names: every field of an input object literal is defined by its type.</summary>
public sealed class InputObjectFieldNamesRule()
    : InputValueRule(InputValueIssueKind.UnknownField, ValidationErrorCodes.InputFieldNotDefined, SpecSections.InputObjectFieldNames);
