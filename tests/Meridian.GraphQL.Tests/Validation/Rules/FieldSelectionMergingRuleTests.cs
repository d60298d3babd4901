using System.Text;
using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class FieldSelectionMergingRuleTests
{
    private const string Code = ValidationErrorCodes.FieldsConflict;
    private const string Advice = " Use different aliases on the fields to fetch both if this was intentional.";
    private static readonly FieldSelectionMergingRule Rule = new();

    [Fact]
    public void Spec_examples_identical_fields_and_aliases_merge() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }

            fragment mergeIdenticalAliasesAndFields on Dog {
              otherName: name
              otherName: name
            }
            """);

    [Fact]
    public void Spec_counter_example_alias_over_another_field()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment conflictingBecauseAlias on Dog {
              name: nickname
              name
            }
            """,
            new ExpectedError("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + Advice, (2, 3), (3, 3)));
    }

    [Fact]
    public void Spec_examples_identical_arguments_and_variables_merge() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }

            fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
              doesKnowCommand(dogCommand: $dogCommand)
              doesKnowCommand(dogCommand: $dogCommand)
            }
            """);

    [Fact]
    public void Spec_counter_examples_differing_arguments()
    {
        const string Message = "Fields \"doesKnowCommand\" conflict because they have differing arguments." + Advice;
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment conflictingArgsOnValues on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }

            fragment conflictingArgsValueAndVar on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: $dogCommand)
            }

            fragment conflictingArgsWithVars on Dog {
              doesKnowCommand(dogCommand: $varOne)
              doesKnowCommand(dogCommand: $varTwo)
            }

            fragment differingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            new ExpectedError(Message, (2, 3), (3, 3)),
            new ExpectedError(Message, (7, 3), (8, 3)),
            new ExpectedError(Message, (12, 3), (13, 3)),
            new ExpectedError(Message, (17, 3), (18, 3)));
    }

    [Fact]
    public void Spec_examples_fields_on_different_object_types_may_differ() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment safeDifferingFields on Pet {
              ... on Dog {
                volume: barkVolume
              }
              ... on Cat {
                volume: meowVolume
              }
            }

            fragment safeDifferingArgs on Pet {
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
              ... on Cat {
                doesKnowCommand(catCommand: JUMP)
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_differing_response_shapes()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment conflictingDifferingResponses on Pet {
              ... on Dog {
                someValue: nickname
              }
              ... on Cat {
                someValue: meowVolume
              }
            }
            """,
            new ExpectedError("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\"." + Advice, (3, 5), (6, 5)));
    }

    [Fact]
    public void Directives_do_not_matter_and_object_arguments_compare_regardless_of_order() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            {
              dog { name @include(if: true) name @skip(if: false) }
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 1 })
                complexArgField(complexArg: { intField: 1, requiredField: true })
              }
            }
            """);

    [Fact]
    public void Object_arguments_with_different_values_conflict()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { complicatedArgs {
              complexArgField(complexArg: { requiredField: true, intField: 1 })
              complexArgField(complexArg: { requiredField: true, intField: 2 })
            } }
            """,
            new ExpectedError("Fields \"complexArgField\" conflict because they have differing arguments." + Advice, (2, 3), (3, 3)));
    }

    [Fact]
    public void Conflicts_in_sub_selections_name_the_parents_and_the_subfields()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { dog { x: name } dog { x: barkVolume } }
            """,
            new ExpectedError(
                "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"barkVolume\" are different fields." + Advice,
                (1, 3),
                (1, 9),
                (1, 19),
                (1, 25)));
    }

    [Fact]
    public void Several_subfield_conflicts_are_joined()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            {
              dog { x: name y: barks }
              dog { x: nickname y: barkVolume }
            }
            """,
            new ExpectedError(
                "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields"
                + " and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields." + Advice,
                (2, 3),
                (2, 9),
                (2, 17),
                (3, 3),
                (3, 9),
                (3, 21)));
    }

    [Fact]
    public void Conflicts_between_fragments_and_fields_are_each_reported_once()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            {
              f1: dog { ...A ...B }
              f2: dog { ...B ...A }
              f3: dog { ...A ...B x: barks }
            }
            fragment A on Dog { x: name }
            fragment B on Dog { x: nickname }
            """,
            new ExpectedError("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + Advice, (6, 21), (7, 21)),
            new ExpectedError("Fields \"x\" conflict because \"barks\" and \"name\" are different fields." + Advice, (4, 23), (6, 21)),
            new ExpectedError("Fields \"x\" conflict because \"barks\" and \"nickname\" are different fields." + Advice, (4, 23), (7, 21)));
    }

    [Fact]
    public void Deep_conflicts_through_nested_fragments()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            {
              dog { ...F }
              dog { ...I }
            }
            fragment F on Dog { x: name ...G }
            fragment G on Dog { y: barks }
            fragment I on Dog { y: nickname ...J }
            fragment J on Dog { x: barkVolume }
            """,
            new ExpectedError(
                "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"barkVolume\" are different fields"
                + " and subfields \"y\" conflict because \"barks\" and \"nickname\" are different fields." + Advice,
                (2, 3),
                (5, 21),
                (6, 21),
                (3, 3),
                (8, 21),
                (7, 21)));
    }

    [Fact]
    public void Unknown_fragments_repeated_spreads_and_cycles_are_harmless() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            { dog { ...Unknown ...A ...A name } }
            fragment A on Dog { ...B name }
            fragment B on Dog { ...A x: name }
            """);

    [Fact]
    public void Thousand_repeated_fields_merge_and_one_odd_field_is_reported_once()
    {
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 1000; i++)
        {
            document.Append(" name");
        }

        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, document + " } }");
        var errors = ValidationAssert.Validate(PetStoreSchema.Schema, document + " name: nickname } }", Rule);
        var error = Assert.Single(errors);
        Assert.Equal("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields." + Advice, error.Message);
        Assert.Equal([(1, 9), (1, 5009)], error.Locations!.Select(l => (l.Line, l.Column)));
    }

    [Fact]
    public void Thousand_distinct_aliases_merge()
    {
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 1000; i++)
        {
            document.Append($" a{i}: name");
        }

        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, document + " } }");
    }

    [Fact]
    public void Identical_fields_with_identical_sub_selections_merge_at_every_level()
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < 300; i++)
        {
            document.Append(" dog { mother { name ...F } father { name } }");
        }

        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, document + " } fragment F on Dog { barks }");
    }
}

public sealed class FieldSelectionMergingReturnShapeTests
{
    private const string Code = ValidationErrorCodes.FieldsConflict;
    private const string Advice = " Use different aliases on the fields to fetch both if this was intentional.";
    private static readonly FieldSelectionMergingRule Rule = new();

    private static readonly Meridian.Types.Schema BoxSchema = ValidationAssert.BuildSchema("""
        type Query { someBox: SomeBox }

        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
        }

        interface NonNullStringBox1 { scalar: String! }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 { scalar: String! }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }
        """);

    [Fact]
    public void Types_that_may_overlap_must_return_the_same_type()
    {
        ValidationAssert.Errors(BoxSchema, Rule, Code, """
            { someBox { ... on IntBox { scalar } ... on NonNullStringBox1 { scalar } } }
            """,
            new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\"." + Advice, (1, 29), (1, 65)));
    }

    [Fact]
    public void Different_object_types_still_need_the_same_leaf_type()
    {
        ValidationAssert.Errors(BoxSchema, Rule, Code, """
            { someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }
            """,
            new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\"." + Advice, (1, 29), (1, 57)));
    }

    [Fact]
    public void Different_leaf_types_deep_down_conflict()
    {
        ValidationAssert.Errors(BoxSchema, Rule, Code, """
            { someBox { ... on IntBox { deepBox { scalar } } ... on StringBox { deepBox { scalar } } } }
            """,
            new ExpectedError(
                "Fields \"deepBox\" conflict because subfields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\"." + Advice,
                (1, 29),
                (1, 39),
                (1, 69),
                (1, 79)));
    }

    [Fact]
    public void Lists_and_single_values_conflict()
    {
        ValidationAssert.Errors(BoxSchema, Rule, Code, """
            { someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }
            """,
            new ExpectedError("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\"." + Advice, (1, 29), (1, 80)));
    }

    [Fact]
    public void Same_shapes_on_different_types_merge() =>
        ValidationAssert.Valid(BoxSchema, Rule, """
            {
              someBox {
                ... on SomeBox { deepBox { unrelatedField } }
                ... on StringBox { deepBox { unrelatedField } }
                ... on IntBox { scalar: unrelatedField }
                ... on StringBox { scalar }
                ... on NonNullStringBox1 { other: scalar }
                ... on NonNullStringBox2 { other: scalar }
              }
            }
            """);

    [Fact]
    public void Typename_has_a_shape_too()
    {
        ValidationAssert.Errors(BoxSchema, Rule, Code, """
            { someBox { ... on IntBox { x: __typename } ... on StringBox { x: scalar } } }
            """,
            new ExpectedError("Fields \"x\" conflict because they return conflicting types \"String!\" and \"String\"." + Advice, (1, 29), (1, 64)));
    }
}
