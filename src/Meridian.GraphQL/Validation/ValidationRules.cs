namespace Meridian.Validation;

/// <summary>The rule sets: the rules of §5 in the order of the specification, and the default set with the limits beyond it.</summary>
public static class ValidationRules
{
    /// <summary>Every rule of §5 (September 2025), in the order the specification lists them.</summary>
    public static IReadOnlyList<IValidationRule> Specified { get; } =
    [
        new ExecutableDefinitionsRule(),
        new OperationTypeExistenceRule(),
        new OperationNameUniquenessRule(),
        new LoneAnonymousOperationRule(),
        new SubscriptionSingleRootFieldRule(),
        new FieldSelectionsRule(),
        new FieldSelectionMergingRule(),
        new LeafFieldSelectionsRule(),
        new ArgumentNamesRule(),
        new ArgumentUniquenessRule(),
        new RequiredArgumentsRule(),
        new FragmentNameUniquenessRule(),
        new FragmentSpreadTypeExistenceRule(),
        new FragmentsOnCompositeTypesRule(),
        new FragmentsMustBeUsedRule(),
        new FragmentSpreadTargetDefinedRule(),
        new NoFragmentCyclesRule(),
        new FragmentSpreadIsPossibleRule(),
        new ValuesOfCorrectTypeRule(),
        new InputObjectFieldNamesRule(),
        new InputObjectFieldUniquenessRule(),
        new InputObjectRequiredFieldsRule(),
        new OneOfInputObjectRule(),
        new DirectivesAreDefinedRule(),
        new DirectivesInValidLocationsRule(),
        new DirectivesUniquePerLocationRule(),
        new VariableUniquenessRule(),
        new VariablesAreInputTypesRule(),
        new AllVariableUsesDefinedRule(),
        new AllVariablesUsedRule(),
        new AllVariableUsagesAllowedRule(),
    ];

    /// <summary>
    /// The rules beyond the specification: introspection switched off, graphql-js's introspection depth limit, the
    /// execution depth and field cost limits (those without a limit set in the options do nothing).
    /// </summary>
    public static IReadOnlyList<IValidationRule> Limits { get; } =
    [
        new IntrospectionAllowedRule(),
        new MaxIntrospectionDepthRule(),
        new MaxExecutionDepthRule(),
        new MaxFieldCostRule(),
    ];

    /// <summary><see cref="Specified"/> followed by <see cref="Limits"/>.</summary>
    public static IReadOnlyList<IValidationRule> Default { get; } = [.. Specified, .. Limits];
}
