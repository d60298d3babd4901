namespace Meridian.Validation;

/// <summary>
/// The stable <c>extensions.code</c> of every validation error: one per rule of §5, then the limits that go beyond
/// the specification. The one list of them; rules refer to these constants.
/// </summary>
public static class ValidationErrorCodes
{
    /// <summary>§5.1.1 Executable Definitions: the document holds a type-system definition or extension.</summary>
    public const string NonExecutableDefinition = "NON_EXECUTABLE_DEFINITION";

    /// <summary>§5.2.1.1 Operation Type Existence: the schema has no root type for the operation's kind.</summary>
    public const string OperationTypeNotSupported = "OPERATION_TYPE_NOT_SUPPORTED";

    /// <summary>§5.2.2.1 Operation Name Uniqueness.</summary>
    public const string OperationNameNotUnique = "OPERATION_NAME_NOT_UNIQUE";

    /// <summary>§5.2.3.1 Lone Anonymous Operation.</summary>
    public const string AnonymousOperationNotAlone = "ANONYMOUS_OPERATION_NOT_ALONE";

    /// <summary>§5.2.4.1 Single Root Field: a subscription selects several root fields, an introspection field, or uses @skip/@include at its root.</summary>
    public const string SubscriptionRootFieldInvalid = "SUBSCRIPTION_ROOT_FIELD_INVALID";

    /// <summary>§5.3.1 Field Selections: the field is not defined on the type in scope.</summary>
    public const string FieldNotDefined = "FIELD_NOT_DEFINED";

    /// <summary>§5.3.2 Field Selection Merging: fields with the same response name cannot be merged.</summary>
    public const string FieldsConflict = "FIELDS_CONFLICT";

    /// <summary>§5.3.3 Leaf Field Selections: a leaf field has a selection set, or a composite field has none.</summary>
    public const string LeafSelectionInvalid = "LEAF_SELECTION_INVALID";

    /// <summary>§5.4.1 Argument Names: the field or directive defines no argument of that name.</summary>
    public const string ArgumentNotDefined = "ARGUMENT_NOT_DEFINED";

    /// <summary>§5.4.2 Argument Uniqueness.</summary>
    public const string ArgumentNotUnique = "ARGUMENT_NOT_UNIQUE";

    /// <summary>§5.4.2.1 Required Arguments: a required argument is missing.</summary>
    public const string RequiredArgumentMissing = "REQUIRED_ARGUMENT_MISSING";

    /// <summary>§5.5.1.1 Fragment Name Uniqueness.</summary>
    public const string FragmentNameNotUnique = "FRAGMENT_NAME_NOT_UNIQUE";

    /// <summary>§5.5.1.2 Fragment Spread Type Existence (and unknown variable types): the named type is not in the schema.</summary>
    public const string TypeNotDefined = "TYPE_NOT_DEFINED";

    /// <summary>§5.5.1.3 Fragments on Object, Interface or Union Types.</summary>
    public const string FragmentOnNonCompositeType = "FRAGMENT_ON_NON_COMPOSITE_TYPE";

    /// <summary>§5.5.1.4 Fragments Must Be Used.</summary>
    public const string FragmentNotUsed = "FRAGMENT_NOT_USED";

    /// <summary>§5.5.2.1 Fragment Spread Target Defined.</summary>
    public const string FragmentNotDefined = "FRAGMENT_NOT_DEFINED";

    /// <summary>§5.5.2.2 Fragment Spreads Must Not Form Cycles.</summary>
    public const string FragmentCycle = "FRAGMENT_CYCLE";

    /// <summary>§5.5.2.3 Fragment Spread Is Possible.</summary>
    public const string FragmentSpreadImpossible = "FRAGMENT_SPREAD_IMPOSSIBLE";

    /// <summary>§5.6.1 Values of Correct Type: a literal cannot be coerced to the type expected where it stands.</summary>
    public const string ValueInvalid = "VALUE_INVALID";

    /// <summary>§5.6.2 Input Object Field Names: the input object type defines no field of that name.</summary>
    public const string InputFieldNotDefined = "INPUT_FIELD_NOT_DEFINED";

    /// <summary>§5.6.3 Input Object Field Uniqueness.</summary>
    public const string InputFieldNotUnique = "INPUT_FIELD_NOT_UNIQUE";

    /// <summary>§5.6.4 Input Object Required Fields: a required input field is missing.</summary>
    public const string RequiredInputFieldMissing = "REQUIRED_INPUT_FIELD_MISSING";

    /// <summary>§5.6.1 and §3.10.1: a OneOf input object literal does not give exactly one non-null field.</summary>
    public const string OneOfInputInvalid = "ONE_OF_INPUT_INVALID";

    /// <summary>§5.7.1 Directives Are Defined.</summary>
    public const string DirectiveNotDefined = "DIRECTIVE_NOT_DEFINED";

    /// <summary>§5.7.2 Directives Are in Valid Locations.</summary>
    public const string DirectiveLocationInvalid = "DIRECTIVE_LOCATION_INVALID";

    /// <summary>§5.7.3 Directives Are Unique per Location.</summary>
    public const string DirectiveNotUnique = "DIRECTIVE_NOT_UNIQUE";

    /// <summary>§5.8.1 Variable Uniqueness.</summary>
    public const string VariableNotUnique = "VARIABLE_NOT_UNIQUE";

    /// <summary>§5.8.2 Variables Are Input Types.</summary>
    public const string VariableNotInputType = "VARIABLE_NOT_INPUT_TYPE";

    /// <summary>§5.8.3 All Variable Uses Defined.</summary>
    public const string VariableNotDefined = "VARIABLE_NOT_DEFINED";

    /// <summary>§5.8.4 All Variables Used.</summary>
    public const string VariableNotUsed = "VARIABLE_NOT_USED";

    /// <summary>§5.8.5 All Variable Usages Are Allowed (including variables for OneOf input object fields).</summary>
    public const string VariablePositionInvalid = "VARIABLE_POSITION_INVALID";

    /// <summary>Beyond the specification: the operation nests fields deeper than <see cref="ValidationOptions.MaxExecutionDepth"/>.</summary>
    public const string MaxExecutionDepthExceeded = "MAX_EXECUTION_DEPTH_EXCEEDED";

    /// <summary>Beyond the specification: the operation's field cost exceeds <see cref="ValidationOptions.MaxFieldCost"/>.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>Beyond the specification: <c>__schema</c> or <c>__type</c> while <see cref="ValidationOptions.IntrospectionAllowed"/> is off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Beyond the specification (as graphql-js): introspection lists nested too deeply (<c>fields { type { fields … } }</c>).</summary>
    public const string MaxIntrospectionDepthExceeded = "MAX_INTROSPECTION_DEPTH_EXCEEDED";

    /// <summary>Validation stopped after <see cref="ValidationOptions.MaxErrors"/> errors.</summary>
    public const string MaxErrorsExceeded = "MAX_ERRORS_EXCEEDED";

    /// <summary>The document is too deeply nested through fragments to be analysed (the stack guard tripped).</summary>
    public const string DocumentTooComplex = "DOCUMENT_TOO_COMPLEX";
}
