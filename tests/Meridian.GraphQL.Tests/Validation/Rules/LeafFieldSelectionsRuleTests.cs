using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class LeafFieldSelectionsRuleTests
{
    private static readonly LeafFieldSelectionsRule Rule = new();
    private const string Code = ValidationErrorCodes.LeafSelectionInvalid;

    [Fact]
    public void Spec_example_scalar_selection() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment scalarSelection on Dog {
              barkVolume
            }
            """);

    [Fact]
    public void Spec_counter_example_selection_on_a_scalar()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment scalarSelectionsNotAllowedOnInt on Dog {
              barkVolume {
                sinceWhen
              }
            }
            """,
            new ExpectedError("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (2, 14)));
    }

    [Fact]
    public void Spec_counter_examples_composite_fields_without_selections()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            query directQueryOnObjectWithoutSubFields {
              human
            }

            query directQueryOnInterfaceWithoutSubFields {
              pet
            }

            query directQueryOnUnionWithoutSubFields {
              catOrDog
            }
            """,
            new ExpectedError("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)),
            new ExpectedError("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", (6, 3)),
            new ExpectedError("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", (10, 3)));
    }

    [Fact]
    public void Spec_example_object_with_selection() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query directQueryOnObjectWithSubFields {
              human {
                name
              }
            }
            """);

    [Fact]
    public void Wrapped_types_print_with_their_wrappers()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { human { relatives name { x } } dog { doesKnowCommand(dogCommand: SIT) { y } } }
            """,
            new ExpectedError("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (1, 11)),
            new ExpectedError("Field \"name\" must not have a selection since type \"String\" has no subfields.", (1, 26)),
            new ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (1, 73)));
    }

    [Fact]
    public void Enum_fields_are_leaves() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, "{ cat { furColor } }");
}
