namespace Meridian.Validation;

/// <summary>What is wrong with part of an input literal; each kind is reported by its own rule of §5.6.</summary>
public enum InputValueIssueKind
{
    /// <summary>Values of Correct Type: a leaf that does not coerce, null for a non-null type, a non-object for an input object.</summary>
    IncorrectValue,

    /// <summary>Input Object Field Names: a field the input object type does not define.</summary>
    UnknownField,

    /// <summary>Input Object Required Fields: a required field is missing.</summary>
    MissingRequiredField,

    /// <summary>OneOf input objects: not exactly one field, or a null one.</summary>
    OneOf,
}
