using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class FieldSelectionsRuleTests
{
    private static readonly FieldSelectionsRule Rule = new();
    private const string Code = ValidationErrorCodes.FieldNotDefined;

    [Fact]
    public void Spec_counter_examples_fields_not_defined()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment fieldNotDefined on Dog {
              meowVolume
            }

            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume: kawVolume
            }
            """,
            new ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
            new ExpectedError("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (6, 3)));
    }

    [Fact]
    public void Spec_example_interface_field() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment interfaceFieldSelection on Pet {
              name
            }
            """);

    [Fact]
    public void Spec_counter_example_field_of_implementers_only()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment definedOnImplementersButNotInterface on Pet {
              nickname
            }
            """,
            new ExpectedError("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));
    }

    [Fact]
    public void Spec_example_union_with_typename_and_fragments() =>
        ValidationAssert.Valid(SpecExampleSchema.Schema, Rule, """
            fragment inDirectFieldSelectionOnUnion on CatOrDog {
              __typename
              ... on Pet {
                name
              }
              ... on Dog {
                barkVolume
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_fields_directly_on_a_union()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            fragment directFieldSelectionOnUnion on CatOrDog {
              name
              barkVolume
            }
            """,
            new ExpectedError("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (2, 3)),
            new ExpectedError("Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"?", (3, 3)));
    }

    [Fact]
    public void Meta_fields_are_defined_where_the_specification_allows_them()
    {
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            { __typename dog { __typename } catOrDog { __typename } pet { __typename } }
            """);
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            { dog { __type(name: "Dog") { name } } }
            """,
            new ExpectedError("Cannot query field \"__type\" on type \"Dog\".", (1, 9)));
    }

    [Fact]
    public void Unknown_types_do_not_cascade_and_known_types_report_again()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            }
            fragment unknownSelection on UnknownType { unknownField }
            """,
            new ExpectedError("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
            new ExpectedError("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7)));
    }

    [Fact]
    public void Suggestions_are_hidden_on_request()
    {
        var errors = ValidationAssert.Validate(SpecExampleSchema.Schema, "{ dog { nicknam } }", Rule);
        Assert.Equal("Cannot query field \"nicknam\" on type \"Dog\". Did you mean \"nickname\"?", Assert.Single(errors).Message);

        var hidden = new DocumentValidator([Rule]).Validate(
            SpecExampleSchema.Schema,
            global::Meridian.Language.Parser.Parse("{ dog { nicknam } }"),
            new ValidationOptions { HideSuggestions = true });
        Assert.Equal("Cannot query field \"nicknam\" on type \"Dog\".", Assert.Single(hidden.Errors).Message);
    }

    [Fact]
    public void Suggests_interfaces_before_their_implementations_and_by_usage()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            fragment f on Mammal { name }
            """,
            new ExpectedError("Cannot query field \"name\" on type \"Mammal\". Did you mean to use an inline fragment on \"Canine\", \"Pet\", or \"Dog\"?", (1, 24)));
    }
}
