using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class ArgumentNamesRuleTests
{
    private static readonly ArgumentNamesRule Rule = new();
    private const string Code = ValidationErrorCodes.ArgumentNotDefined;

    [Fact]
    public void Spec_examples_defined_arguments() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }

            fragment argOnOptional on Dog {
              isHouseTrained(atOtherHomes: true) @include(if: true)
            }
            """);

    [Fact]
    public void Spec_counter_example_unknown_field_argument()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment invalidArgName on Dog {
              doesKnowCommand(command: CLEAN_UP_HOUSE)
            }
            """,
            new ExpectedError("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));
    }

    [Fact]
    public void Spec_counter_example_unknown_directive_argument()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment invalidArgName on Dog {
              isHouseTrained(atOtherHomes: true) @include(unless: false)
            }
            """,
            new ExpectedError("Unknown argument \"unless\" on directive \"@include\".", (2, 47)));
    }

    [Fact]
    public void Spec_examples_argument_order_does_not_matter() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment multipleArgs on Arguments {
              multipleRequirements(x: 1, y: 2)
            }

            fragment multipleArgsReverseOrder on Arguments {
              multipleRequirements(y: 2, x: 1)
            }
            """);

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_not_reported() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            { dog { unknownField(unknownArg: 1) name @unknown(if: true, other: 2) } }
            """);

    [Fact]
    public void Arguments_inside_an_unknown_directive_are_not_taken_for_the_fields_arguments() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            { dog { isHouseTrained(atOtherHomes: true) @unknown(atOtherHomes: true) } }
            """);

    [Fact]
    public void Misspelt_arguments_get_suggestions()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { complicatedArgs { multipleOptAndReq(req1: 1, req2: 2, opt: 3) } dog { name @skip(iff: true) } }
            """,
            new ExpectedError("Unknown argument \"opt\" on field \"ComplicatedArgs.multipleOptAndReq\". Did you mean \"opt1\" or \"opt2\"?", (1, 57)),
            new ExpectedError("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 84)));
    }
}

public sealed class ArgumentUniquenessRuleTests
{
    private static readonly ArgumentUniquenessRule Rule = new();
    private const string Code = ValidationErrorCodes.ArgumentNotUnique;

    [Fact]
    public void Distinct_arguments_on_fields_and_directives() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            { dog { isAtLocation(x: 1, y: 2) @include(if: true) } }
            """);

    [Fact]
    public void Repeated_field_argument()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { dog { isAtLocation(x: 1, y: 2, x: 3, x: 4) } }
            """,
            new ExpectedError("There can be only one argument named \"x\".", (1, 22), (1, 34), (1, 40)));
    }

    [Fact]
    public void Repeated_directive_argument()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { dog { name @include(if: true, if: false) } }
            """,
            new ExpectedError("There can be only one argument named \"if\".", (1, 23), (1, 33)));
    }
}

public sealed class RequiredArgumentsRuleTests
{
    private static readonly RequiredArgumentsRule Rule = new();
    private const string Code = ValidationErrorCodes.RequiredArgumentMissing;

    [Fact]
    public void Spec_examples_required_and_optional_arguments() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment goodNonNullArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: true)
            }

            fragment goodBooleanArgDefault on Arguments {
              booleanArgField
            }
            """);

    [Fact]
    public void Spec_counter_example_missing_required_argument()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField
            }
            """,
            new ExpectedError("Argument \"Arguments.nonNullBooleanArgField(nonNullBooleanArg:)\" of type \"Boolean!\" is required, but it was not provided.", (2, 3)));
    }

    [Fact]
    public void Spec_counter_example_null_for_a_required_argument_is_a_value_error()
    {
        // graphql-js (and this engine) report the explicit null through Values of Correct Type.
        const string Document = """
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: null)
            }
            """;
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, Document);
        ValidationAssert.Errors(SpecExampleSchema.Schema, new ValuesOfCorrectTypeRule(), ValidationErrorCodes.ValueInvalid, Document,
            new ExpectedError("Expected value of non-null type \"Boolean!\" not to be null.", (2, 45)));
    }

    [Fact]
    public void Arguments_with_defaults_are_optional_and_each_missing_one_is_reported()
    {
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            { complicatedArgs { nonNullFieldWithDefault multipleOpts multipleOptAndReq(req1: 1, req2: 2) } }
            """);
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { complicatedArgs { multipleReqs } }
            """,
            new ExpectedError("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            new ExpectedError("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", (1, 21)));
    }

    [Fact]
    public void Required_directive_arguments()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { dog { name @include barks @withArgs(second: "y") } unknownField @unknown }
            """,
            new ExpectedError("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", (1, 14)),
            new ExpectedError("Argument \"@withArgs(first:)\" of type \"Int!\" is required, but it was not provided.", (1, 29)));
    }
}
