using Meridian.Types;
using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class OperationTypeExistenceRuleTests
{
    private static readonly OperationTypeExistenceRule Rule = new();

    private static readonly Schema HelloSchema =
        ValidationAssert.BuildSchema("type Query { hello: String }");

    [Fact]
    public void Spec_example_query_is_supported() =>
        ValidationAssert.ValidForAllRules(HelloSchema, "query helloQuery { hello }");

    [Fact]
    public void Spec_counter_example_mutation_without_mutation_type()
    {
        ValidationAssert.Errors(HelloSchema, Rule, ValidationErrorCodes.OperationTypeNotSupported, """
            mutation goodbyeMutation {
              goodbye
            }
            """,
            new ExpectedError("The mutation operation is not supported by the schema.", (1, 1)));
    }

    [Fact]
    public void Subscription_without_subscription_type_is_reported_and_mutation_with_one_is_not()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.OperationTypeNotSupported, """
            mutation { addPet(pet: { cat: { name: "Brontie" } }) { name } }
            subscription { newMessage { body } }
            """);
        ValidationAssert.Errors(HelloSchema, Rule, ValidationErrorCodes.OperationTypeNotSupported, """
            { hello }
            subscription S { hello }
            """,
            new ExpectedError("The subscription operation is not supported by the schema.", (2, 1)));
    }
}

public sealed class OperationNameUniquenessRuleTests
{
    private static readonly OperationNameUniquenessRule Rule = new();

    [Fact]
    public void Spec_example_distinct_names() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query getDogName {
              dog {
                name
              }
            }

            query getOwnerName {
              dog {
                owner {
                  name
                }
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_same_name_twice()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.OperationNameNotUnique, """
            query getName {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """,
            new ExpectedError("There can be only one operation named \"getName\".", (1, 7), (7, 7)));
    }

    [Fact]
    public void Spec_counter_example_same_name_on_different_operation_types()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.OperationNameNotUnique, """
            query dogOperation {
              dog {
                name
              }
            }

            mutation dogOperation {
              mutateDog {
                id
              }
            }
            """,
            new ExpectedError("There can be only one operation named \"dogOperation\".", (1, 7), (7, 10)));
    }

    [Fact]
    public void Each_repeat_is_reported_against_the_first()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, ValidationErrorCodes.OperationNameNotUnique, """
            query A { dog { name } }
            query A { cat { name } }
            query A { pet { name } }
            fragment A on Dog { name }
            """,
            new ExpectedError("There can be only one operation named \"A\".", (1, 7), (2, 7)),
            new ExpectedError("There can be only one operation named \"A\".", (1, 7), (3, 7)));
    }
}

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void Spec_example_single_anonymous_operation() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            {
              dog {
                name
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_anonymous_beside_named()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.AnonymousOperationNotAlone, """
            {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)));
    }

    [Fact]
    public void Two_anonymous_operations_are_both_reported_and_fragments_do_not_count()
    {
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, "{ dog { ...F } } fragment F on Dog { name }");
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, ValidationErrorCodes.AnonymousOperationNotAlone, """
            { dog { name } }
            { cat { name } }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (2, 1)));
    }
}
