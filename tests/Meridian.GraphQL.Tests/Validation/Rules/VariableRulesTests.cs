using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class VariableUniquenessRuleTests
{
    private static readonly VariableUniquenessRule Rule = new();

    [Fact]
    public void Spec_counter_example_variable_defined_twice()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.VariableNotUnique, """
            query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """,
            new ExpectedError("There can be only one variable named \"$atOtherHomes\".", (1, 26), (1, 50)));
    }

    [Fact]
    public void Spec_example_same_variable_in_two_operations() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query A($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            query B($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            fragment HouseTrainedFragment on Query {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """);
}

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Spec_examples_input_typed_variables() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query takesBoolean($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }

            query takesComplexInput($search: FindDogInput) {
              findDog(searchBy: $search) {
                name
              }
            }

            query TakesListOfBooleanBang($booleans: [Boolean!]) {
              booleanList(booleanListArg: $booleans)
            }
            """);

    [Fact]
    public void Spec_counter_examples_output_typed_variables()
    {
        // The specification elides the selection sets ("# ..."); a selection stands in for them here.
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.VariableNotInputType, """
            query takesCat($cat: Cat) { dog { name } }

            query takesDogBang($dog: Dog!) { dog { name } }

            query takesListOfPet($pets: [Pet]) { dog { name } }

            query takesCatOrDog($catOrDog: CatOrDog) { dog { name } }
            """,
            new ExpectedError("Variable \"$cat\" cannot be non-input type \"Cat\".", (1, 22)),
            new ExpectedError("Variable \"$dog\" cannot be non-input type \"Dog!\".", (3, 26)),
            new ExpectedError("Variable \"$pets\" cannot be non-input type \"[Pet]\".", (5, 29)),
            new ExpectedError("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", (7, 32)));
    }

    [Fact]
    public void Unknown_types_are_left_to_type_existence() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, "query Q($a: Unknown, $b: [Unknown!]!) { dog { name } }");
}

public sealed class AllVariableUsesDefinedRuleTests
{
    private static readonly AllVariableUsesDefinedRule Rule = new();
    private const string Code = ValidationErrorCodes.VariableNotDefined;

    [Fact]
    public void Spec_examples_defined_variables() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query variableIsDefined($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }

            query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """);

    [Fact]
    public void Spec_counter_example_undefined_in_the_operation()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query variableIsNotDefined {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """,
            new ExpectedError("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", (3, 34), (1, 1)));
    }

    [Fact]
    public void Spec_counter_examples_undefined_through_fragments()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query variableIsNotDefinedUsedInSingleFragment {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            new ExpectedError("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\".", (8, 32), (1, 1)));
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query variableIsNotDefinedUsedInNestedFragment {
              dog {
                ...outerHouseTrainedFragment
              }
            }

            fragment outerHouseTrainedFragment on Dog {
              ...isHouseTrainedFragment
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            new ExpectedError("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\".", (12, 32), (1, 1)));
    }

    [Fact]
    public void Spec_example_and_counter_example_fragment_shared_by_two_operations()
    {
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwo($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """);
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwoNotDefined {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            new ExpectedError("Variable \"$atOtherHomes\" is not defined by operation \"houseTrainedQueryTwoNotDefined\".", (14, 32), (7, 1)));
    }

    [Fact]
    public void Anonymous_operations_and_variables_in_directives_and_nested_values()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { dog @include(if: $a) { isAtLocation(x: $b, y: 1) } complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: [$c] }) } }
            """,
            new ExpectedError("Variable \"$a\" is not defined.", (1, 20), (1, 1)),
            new ExpectedError("Variable \"$b\" is not defined.", (1, 42), (1, 1)),
            new ExpectedError("Variable \"$c\" is not defined.", (1, 141), (1, 1)));
    }
}

public sealed class AllVariablesUsedRuleTests
{
    private static readonly AllVariablesUsedRule Rule = new();
    private const string Code = ValidationErrorCodes.VariableNotUsed;

    [Fact]
    public void Spec_counter_example_unused_variable()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query variableUnused($atOtherHomes: Boolean) {
              dog {
                isHouseTrained
              }
            }
            """,
            new ExpectedError("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", (1, 22)));
    }

    [Fact]
    public void Spec_example_variable_used_in_a_fragment() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query variableUsedInFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """);

    [Fact]
    public void Spec_counter_example_fragment_without_the_variable()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedWithoutVariableFragment
              }
            }

            fragment isHouseTrainedWithoutVariableFragment on Dog {
              isHouseTrained
            }
            """,
            new ExpectedError("Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\".", (1, 37)));
    }

    [Fact]
    public void Spec_counter_example_extra_variable_in_a_second_operation()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query queryWithUsedVar($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            new ExpectedError("Variable \"$extra\" is never used in operation \"queryWithExtraVar\".", (7, 49)));
    }

    [Fact]
    public void Anonymous_operation_and_variables_used_only_in_directives()
    {
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, "query ($a: Boolean!) { dog @skip(if: $a) { name } }");
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, "query ($a: Boolean!, $b: Int) { dog @skip(if: $a) { name } }",
            new ExpectedError("Variable \"$b\" is never used.", (1, 22)));
    }
}

public sealed class AllVariableUsagesAllowedRuleTests
{
    private static readonly AllVariableUsagesAllowedRule Rule = new();
    private const string Code = ValidationErrorCodes.VariablePositionInvalid;

    [Fact]
    public void Spec_counter_example_int_into_boolean()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query intCannotGoIntoBoolean($intArg: Int) {
              arguments {
                booleanArgField(booleanArg: $intArg)
              }
            }
            """,
            new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", (1, 30), (3, 33)));
    }

    [Fact]
    public void Spec_counter_example_list_into_single_value()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
              arguments {
                booleanArgField(booleanArg: $booleanListArg)
              }
            }
            """,
            new ExpectedError("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", (1, 38), (3, 33)));
    }

    [Fact]
    public void Spec_counter_example_nullable_into_non_null()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query booleanArgQuery($booleanArg: Boolean) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """,
            new ExpectedError("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 23), (3, 47)));
    }

    [Fact]
    public void Spec_example_non_null_list_into_nullable_list() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query nonNullListToList($nonNullBooleanList: [Boolean]!) {
              arguments {
                booleanListArgField(booleanListArg: $nonNullBooleanList)
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_nullable_list_into_non_null_list()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query listToNonNullList($booleanList: [Boolean]) {
              arguments {
                nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
              }
            }
            """,
            new ExpectedError("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", (1, 25), (3, 52)));
    }

    [Fact]
    public void Spec_examples_non_null_variables_for_one_of_fields() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            mutation addCat($cat: CatInput!) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }

            mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_nullable_variable_for_a_one_of_field()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            mutation addNullableCat($cat: CatInput) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }
            """,
            new ExpectedError("Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 25), (2, 22)));
    }

    [Fact]
    public void Spec_counter_example_nullable_variable_in_a_list_of_one_of_objects()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            mutation listOfOneOfWithNullableVariable($dog: DogInput) {
              addPets(pets: [{ dog: $dog }]) {
                name
              }
            }
            """,
            new ExpectedError("Variable \"$dog\" is of type \"DogInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 42), (2, 25)));
    }

    [Fact]
    public void Spec_examples_optional_variables_where_defaults_exist() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query booleanArgQueryWithDefault($booleanArg: Boolean) {
              arguments {
                optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
              }
            }

            query booleanArgQueryWithDefault2($booleanArg: Boolean = true) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """);

    [Fact]
    public void Null_defaults_input_fields_with_defaults_list_items_and_mismatches()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            query Q($b: Boolean = null, $c: Boolean, $s: String, $d: [Boolean]) { complicatedArgs { complexArgField(complexArg: { requiredField: $b, nonNullField: $c }) a: stringListNonNullArgField(stringListNonNullArg: [$s]) } dog { isHouseTrained(atOtherHomes: $d) } }
            """,
            new ExpectedError("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 134)),
            new ExpectedError("Variable \"$s\" of type \"String\" used in position expecting type \"String!\".", (1, 42), (1, 210)),
            new ExpectedError("Variable \"$d\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", (1, 54), (1, 252)));
    }

    [Fact]
    public void A_fragment_is_checked_against_each_operation_that_spreads_it()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            query A($x: Int!) { dog { ...F } }
            query B($x: String) { dog { ...F } }
            fragment F on Dog { isAtLocation(x: $x) }
            """,
            new ExpectedError("Variable \"$x\" of type \"String\" used in position expecting type \"Int\".", (2, 9), (3, 37)));
    }
}
