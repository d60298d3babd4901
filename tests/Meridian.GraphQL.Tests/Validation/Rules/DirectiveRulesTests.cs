using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreDefinedRuleTests
{
    private static readonly DirectivesAreDefinedRule Rule = new();

    [Fact]
    public void Known_directives_anywhere() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            query Q($v: Int @onVariableDefinition) @onQuery { dog @include(if: true) { ...F @onFragmentSpread } }
            fragment F on Dog @onFragmentDefinition { ... @onInlineFragment { name @skip(if: false) } }
            """);

    [Fact]
    public void Unknown_directives_are_each_reported()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, ValidationErrorCodes.DirectiveNotDefined, """
            { dog @unknown(directive: "value") { name @unknown } }
            """,
            new ExpectedError("Unknown directive \"@unknown\".", (1, 7)),
            new ExpectedError("Unknown directive \"@unknown\".", (1, 43)));
    }
}

public sealed class DirectivesInValidLocationsRuleTests
{
    private static readonly DirectivesInValidLocationsRule Rule = new();
    private const string Code = ValidationErrorCodes.DirectiveLocationInvalid;

    [Fact]
    public void Spec_counter_example_skip_on_a_query()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query @skip(if: $foo) {
              field
            }
            """,
            new ExpectedError("Directive \"@skip\" may not be used on QUERY.", (1, 7)));
    }

    [Fact]
    public void Every_executable_location_is_checked()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            query Q @onQuery @unknown { dog @onField @include(if: true) @onQuery { name @skip(if: false) @onMutation } ...F @onFragmentSpread @onInlineFragment ... @onInlineFragment @onField { __typename } }
            """,
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (1, 61)),
            new ExpectedError("Directive \"@onMutation\" may not be used on FIELD.", (1, 94)),
            new ExpectedError("Directive \"@onInlineFragment\" may not be used on FRAGMENT_SPREAD.", (1, 131)),
            new ExpectedError("Directive \"@onField\" may not be used on INLINE_FRAGMENT.", (1, 171)));
    }

    [Fact]
    public void Variable_definitions_fragment_definitions_and_other_operation_types()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            query Q($v: Int @onVariableDefinition @onField) { dog { name } }
            mutation M @onQuery { x }
            subscription S @onSubscription @onMutation { importantEmails }
            fragment F on Dog @onFragmentSpread { name }
            """,
            new ExpectedError("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", (1, 39)),
            new ExpectedError("Directive \"@onQuery\" may not be used on MUTATION.", (2, 12)),
            new ExpectedError("Directive \"@onMutation\" may not be used on SUBSCRIPTION.", (3, 32)),
            new ExpectedError("Directive \"@onFragmentSpread\" may not be used on FRAGMENT_DEFINITION.", (4, 19)));
    }
}

public sealed class DirectivesUniquePerLocationRuleTests
{
    private static readonly DirectivesUniquePerLocationRule Rule = new();
    private const string Code = ValidationErrorCodes.DirectiveNotUnique;

    [Fact]
    public void Spec_counter_example_skip_twice_on_a_field()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query ($foo: Boolean = true, $bar: Boolean = false) {
              field @skip(if: $foo) @skip(if: $bar)
            }
            """,
            new ExpectedError("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 25)));
    }

    [Fact]
    public void Spec_example_skip_once_per_location() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            query ($foo: Boolean = true, $bar: Boolean = false) {
              field @skip(if: $foo) {
                subfieldA
              }
              field @skip(if: $bar) {
                subfieldB
              }
            }
            """);

    [Fact]
    public void Repeatable_and_unknown_directives_may_repeat_others_are_reported_against_the_first()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { dog @skip(if: true) @skip(if: false) @skip(if: true) { name @repeatable @repeatable @onField @onField @unknown @unknown } }
            """,
            new ExpectedError("The directive \"@skip\" can only be used once at this location.", (1, 7), (1, 23)),
            new ExpectedError("The directive \"@skip\" can only be used once at this location.", (1, 7), (1, 40)),
            new ExpectedError("The directive \"@onField\" can only be used once at this location.", (1, 87), (1, 96)));
    }
}
