namespace Meridian.Validation;

/// <summary>
/// The URLs of the specification sections that validation errors cite as <c>extensions.specifiedBy</c> (the
/// September 2025 edition).
/// </summary>
public static class SpecSections
{
    private const string Base = "https://spec.graphql.org/September2025/#sec-";

    public const string ExecutableDefinitions = Base + "Executable-Definitions";
    public const string OperationTypeExistence = Base + "Operation-Type-Existence";
    public const string OperationNameUniqueness = Base + "Operation-Name-Uniqueness";
    public const string LoneAnonymousOperation = Base + "Lone-Anonymous-Operation";
    public const string SingleRootField = Base + "Single-Root-Field";
    public const string FieldSelections = Base + "Field-Selections";
    public const string FieldSelectionMerging = Base + "Field-Selection-Merging";
    public const string LeafFieldSelections = Base + "Leaf-Field-Selections";
    public const string ArgumentNames = Base + "Argument-Names";
    public const string ArgumentUniqueness = Base + "Argument-Uniqueness";
    public const string RequiredArguments = Base + "Required-Arguments";
    public const string FragmentNameUniqueness = Base + "Fragment-Name-Uniqueness";
    public const string FragmentSpreadTypeExistence = Base + "Fragment-Spread-Type-Existence";
    public const string FragmentsOnCompositeTypes = Base + "Fragments-on-Object-Interface-or-Union-Types";
    public const string FragmentsMustBeUsed = Base + "Fragments-Must-Be-Used";
    public const string FragmentSpreadTargetDefined = Base + "Fragment-Spread-Target-Defined";
    public const string FragmentSpreadsMustNotFormCycles = Base + "Fragment-Spreads-Must-Not-Form-Cycles";
    public const string FragmentSpreadIsPossible = Base + "Fragment-Spread-Is-Possible";
    public const string ValuesOfCorrectType = Base + "Values-of-Correct-Type";
    public const string InputObjectFieldNames = Base + "Input-Object-Field-Names";
    public const string InputObjectFieldUniqueness = Base + "Input-Object-Field-Uniqueness";
    public const string InputObjectRequiredFields = Base + "Input-Object-Required-Fields";
    public const string OneOfInputObjects = Base + "OneOf-Input-Objects";
    public const string DirectivesAreDefined = Base + "Directives-Are-Defined";
    public const string DirectivesAreInValidLocations = Base + "Directives-Are-in-Valid-Locations";
    public const string DirectivesAreUniquePerLocation = Base + "Directives-Are-Unique-per-Location";
    public const string VariableUniqueness = Base + "Variable-Uniqueness";
    public const string VariablesAreInputTypes = Base + "Variables-Are-Input-Types";
    public const string AllVariableUsesDefined = Base + "All-Variable-Uses-Defined";
    public const string AllVariablesUsed = Base + "All-Variables-Used";
    public const string AllVariableUsagesAreAllowed = Base + "All-Variable-Usages-Are-Allowed";
}
