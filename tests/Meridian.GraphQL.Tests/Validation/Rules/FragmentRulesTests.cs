using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class FragmentNameUniquenessRuleTests
{
    private static readonly FragmentNameUniquenessRule Rule = new();

    [Fact]
    public void Spec_example_distinct_fragment_names() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            {
              dog {
                ...fragmentOne
                ...fragmentTwo
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentTwo on Dog {
              owner {
                name
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_fragment_defined_twice()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.FragmentNameNotUnique, """
            {
              dog {
                ...fragmentOne
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentOne on Dog {
              owner {
                name
              }
            }
            """,
            new ExpectedError("There can be only one fragment named \"fragmentOne\".", (7, 10), (11, 10)));
    }

    [Fact]
    public void Inline_fragments_and_operations_do_not_count() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            query Frag { dog { ... on Dog { name } ... on Dog { name } ...Frag } }
            fragment Frag on Dog { name }
            """);
}

public sealed class FragmentSpreadTypeExistenceRuleTests
{
    private static readonly FragmentSpreadTypeExistenceRule Rule = new();
    private const string Code = ValidationErrorCodes.TypeNotDefined;

    [Fact]
    public void Spec_examples_fragments_on_existing_types() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment correctType on Dog {
              name
            }

            fragment inlineFragment on Dog {
              ... on Dog {
                name
              }
            }

            fragment inlineFragment2 on Dog {
              ... @include(if: true) {
                name
              }
            }
            """);

    [Fact]
    public void Spec_counter_examples_fragments_on_unknown_types()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment notOnExistingType on NotInSchema {
              name
            }

            fragment inlineNotExistingType on Dog {
              ... on NotInSchema {
                name
              }
            }
            """,
            // Every schema holds the introspection types, and graphql-js suggests them too.
            new ExpectedError("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (1, 31)),
            new ExpectedError("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (6, 10)));
    }

    [Fact]
    public void Unknown_variable_types_are_reported_with_suggestions()
    {
        var errors = ValidationAssert.Validate(PetStoreSchema.Schema, """
            query Q($a: Dgo, $b: [Boolean!]!, $c: [Strin]) { dog { name } }
            """, Rule);

        Assert.Equal(
            ["Unknown type \"Dgo\". Did you mean \"Dog\"?", "Unknown type \"Strin\". Did you mean \"String\"?"],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal(SpecSections.VariablesAreInputTypes, e.Extensions!["specifiedBy"]));
    }
}

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();
    private const string Code = ValidationErrorCodes.FragmentOnNonCompositeType;

    [Fact]
    public void Spec_examples_fragments_on_objects_interfaces_and_unions() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment fragOnObject on Dog {
              name
            }

            fragment fragOnInterface on Pet {
              name
            }

            fragment fragOnUnion on CatOrDog {
              ... on Dog {
                name
              }
            }
            """);

    [Fact]
    public void Spec_counter_examples_fragments_on_scalars()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment fragOnScalar on Int {
              something
            }

            fragment inlineFragOnScalar on Dog {
              ... on Boolean {
                somethingElse
              }
            }
            """,
            new ExpectedError("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", (1, 26)),
            new ExpectedError("Fragment cannot condition on non composite type \"Boolean\".", (6, 10)));
    }

    [Fact]
    public void Enums_and_input_objects_are_not_composite_and_unknown_types_are_left_alone()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            fragment a on FurColor { x }
            fragment b on ComplexInput { x }
            fragment c on Unknown { x }
            """,
            new ExpectedError("Fragment \"a\" cannot condition on non composite type \"FurColor\".", (1, 15)),
            new ExpectedError("Fragment \"b\" cannot condition on non composite type \"ComplexInput\".", (2, 15)));
    }
}

public sealed class FragmentsMustBeUsedRuleTests
{
    private static readonly FragmentsMustBeUsedRule Rule = new();

    [Fact]
    public void Spec_counter_example_unused_fragment()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.FragmentNotUsed, """
            fragment nameFragment on Dog { # unused
              name
            }

            {
              dog {
                name
              }
            }
            """,
            new ExpectedError("Fragment \"nameFragment\" is never used.", (1, 1)));
    }

    [Fact]
    public void Fragments_used_only_by_unused_fragments_are_unused()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, ValidationErrorCodes.FragmentNotUsed, """
            query Foo { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            fragment Unused1 on Human { name ...Unused2 }
            fragment Unused2 on Human { name ...Unused1 }
            """,
            new ExpectedError("Fragment \"HumanFields2\" is never used.", (3, 1)),
            new ExpectedError("Fragment \"Unused1\" is never used.", (5, 1)),
            new ExpectedError("Fragment \"Unused2\" is never used.", (6, 1)));
    }
}

public sealed class FragmentSpreadTargetDefinedRuleTests
{
    private static readonly FragmentSpreadTargetDefinedRule Rule = new();

    [Fact]
    public void Spec_counter_example_undefined_fragment()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.FragmentNotDefined, """
            {
              dog {
                ...undefinedFragment
              }
            }
            """,
            new ExpectedError("Unknown fragment \"undefinedFragment\".", (3, 8)));
    }

    [Fact]
    public void Defined_fragments_anywhere_in_the_document() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            { human(id: 4) { ...HumanFields ... on Human { ...HumanFields } } }
            fragment HumanFields on Human { name }
            """);
}

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();
    private const string Code = ValidationErrorCodes.FragmentCycle;

    [Fact]
    public void Spec_counter_example_infinite_spread()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            {
              dog {
                ...nameFragment
              }
            }

            fragment nameFragment on Dog {
              name
              ...barkVolumeFragment
            }

            fragment barkVolumeFragment on Dog {
              barkVolume
              ...nameFragment
            }
            """,
            new ExpectedError("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", (9, 3), (14, 3)));
    }

    [Fact]
    public void Spec_counter_example_cycle_through_nested_fields()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            {
              dog {
                ...dogFragment
              }
            }

            fragment dogFragment on Dog {
              name
              owner {
                ...ownerFragment
              }
            }

            fragment ownerFragment on Human {
              name
              pets {
                ...dogFragment
              }
            }
            """,
            new ExpectedError("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\".", (10, 5), (17, 5)));
    }

    [Fact]
    public void Spreading_itself_directly_and_within_inline_fragments()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            fragment fragA on Dog { ...fragA }
            fragment fragB on Pet { ... on Dog { ...fragB } }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (1, 25)),
            new ExpectedError("Cannot spread fragment \"fragB\" within itself.", (2, 38)));
    }

    [Fact]
    public void Each_cycle_is_reported_once_and_spreads_of_the_same_fragment_twice_are_fine()
    {
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            fragment fragA on Dog { ...fragB ...fragB }
            fragment fragB on Dog { name }
            """);
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA ...fragB }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 25), (3, 25)),
            new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 25), (3, 34)));
    }

    [Fact]
    public void A_chain_of_ten_thousand_fragments_ending_in_a_cycle_does_not_overflow_the_stack()
    {
        const int Length = 10_000;
        var document = new System.Text.StringBuilder();
        for (var i = 0; i < Length; i++)
        {
            document.Append($"fragment F{i} on Dog {{ ...F{(i + 1) % Length} }}\n");
        }

        var errors = ValidationAssert.Validate(PetStoreSchema.Schema, document.ToString(), Rule);
        var error = Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",", error.Message);
        Assert.Equal(Length, error.Locations!.Count);
    }
}

public sealed class FragmentSpreadIsPossibleRuleTests
{
    private static readonly FragmentSpreadIsPossibleRule Rule = new();
    private const string Code = ValidationErrorCodes.FragmentSpreadImpossible;

    [Fact]
    public void Spec_example_object_spread_in_object_scope() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment dogFragment on Dog {
              ... on Dog {
                barkVolume
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_object_spread_in_other_object_scope()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment catInDogFragmentInvalid on Dog {
              ... on Cat {
                meowVolume
              }
            }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (2, 3)));
    }

    [Fact]
    public void Spec_examples_abstract_spreads_in_object_scope() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment petNameFragment on Pet {
              name
            }

            fragment interfaceWithinObjectFragment on Dog {
              ...petNameFragment
            }

            fragment catOrDogNameFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }

            fragment unionWithObjectFragment on Dog {
              ...catOrDogNameFragment
            }
            """);

    [Fact]
    public void Spec_examples_object_spreads_in_abstract_scope() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment petFragment on Pet {
              name
              ... on Dog {
                barkVolume
              }
            }

            fragment catOrDogFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }
            """);

    [Fact]
    public void Spec_counter_examples_object_spreads_in_abstract_scope()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment sentientFragment on Sentient {
              ... on Dog {
                barkVolume
              }
            }

            fragment humanOrAlienFragment on HumanOrAlien {
              ... on Cat {
                meowVolume
              }
            }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", (2, 3)),
            new ExpectedError("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", (8, 3)));
    }

    [Fact]
    public void Spec_example_abstract_spread_in_abstract_scope() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment unionWithInterface on Pet {
              ...dogOrHumanFragment
            }

            fragment dogOrHumanFragment on DogOrHuman {
              ... on Dog {
                barkVolume
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_non_intersecting_interfaces()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment nonIntersectingInterfaces on Pet {
              ...sentientFragment
            }

            fragment sentientFragment on Sentient {
              name
            }
            """,
            new ExpectedError("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", (2, 3)));
    }

    [Fact]
    public void Spec_example_interface_spread_in_implemented_interface_scope()
    {
        var schema = ValidationAssert.BuildSchema("""
            type Query { node: Node }

            interface Node {
              id: ID!
            }

            interface Resource implements Node {
              id: ID!
              url: String
            }
            """);
        ValidationAssert.Valid(schema, Rule, """
            fragment interfaceWithInterface on Node {
              ...resourceFragment
            }

            fragment resourceFragment on Resource {
              url
            }
            """);
    }

    [Fact]
    public void Unions_without_common_members_and_unknown_fragments()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            fragment a on CatOrDog { ...humanOrAlien ...unknown ... { __typename } }
            fragment humanOrAlien on HumanOrAlien { __typename }
            """,
            new ExpectedError("Fragment \"humanOrAlien\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 26)));
    }
}
