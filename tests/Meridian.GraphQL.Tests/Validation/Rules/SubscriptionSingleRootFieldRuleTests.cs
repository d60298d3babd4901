using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class SubscriptionSingleRootFieldRuleTests
{
    private static readonly SubscriptionSingleRootFieldRule Rule = new();
    private const string Code = ValidationErrorCodes.SubscriptionRootFieldInvalid;

    [Fact]
    public void Spec_example_one_root_field() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            subscription sub {
              newMessage {
                body
                sender
              }
            }
            """);

    [Fact]
    public void Spec_example_one_root_field_through_a_fragment() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on Subscription {
              newMessage {
                body
                sender
              }
            }
            """);

    [Fact]
    public void Spec_counter_example_second_root_field()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            subscription sub {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """,
            new ExpectedError("Subscription \"sub\" must select only one top level field.", (6, 3)));
    }

    [Fact]
    public void Spec_counter_example_second_root_field_through_a_fragment()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            subscription sub {
              ...multipleSubscriptions
            }

            fragment multipleSubscriptions on Subscription {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """,
            new ExpectedError("Subscription \"sub\" must select only one top level field.", (10, 3)));
    }

    [Fact]
    public void Spec_counter_example_skip_and_include_at_the_root()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            subscription requiredRuntimeValidation($bool: Boolean!) {
              newMessage @include(if: $bool) {
                body
                sender
              }
              disallowedSecondRootField @skip(if: $bool)
            }
            """,
            new ExpectedError(
                "Subscription \"requiredRuntimeValidation\" must not use \"@skip\" or \"@include\" directives in the top level selection.",
                (2, 14),
                (6, 29)),
            new ExpectedError("Subscription \"requiredRuntimeValidation\" must select only one top level field.", (6, 3)));
    }

    [Fact]
    public void Spec_counter_example_introspection_root_field()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, Code, """
            subscription sub {
              __typename
            }
            """,
            new ExpectedError("Subscription \"sub\" must not select an introspection top level field.", (2, 3)));
    }

    [Fact]
    public void Skip_on_a_nested_field_is_allowed() =>
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            subscription sub($bool: Boolean = true) {
              newMessage {
                body @skip(if: $bool)
                sender @include(if: $bool)
              }
            }
            """);

    [Fact]
    public void Anonymous_subscription_with_fragments_and_inline_fragments()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            subscription {
              importantEmails
              ... on SubscriptionRoot { notImportantEmails }
              ...Other
              ...Other
            }
            fragment Other on SubscriptionRoot { spamEmails importantEmails }
            """,
            new ExpectedError("Anonymous Subscription must select only one top level field.", (3, 29), (7, 38)));
    }

    [Fact]
    public void The_same_response_name_twice_is_one_root_field() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            subscription S { importantEmails ...F }
            fragment F on SubscriptionRoot { importantEmails }
            """);

    [Fact]
    public void Fragments_that_do_not_apply_and_cycles_are_ignored() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            subscription S { importantEmails ...Dogs ...Cycle }
            fragment Dogs on Dog { name }
            fragment Cycle on SubscriptionRoot { ...Cycle }
            """);

    [Fact]
    public void Aliased_introspection_field_is_still_introspection()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, Code, """
            subscription S { kind: __typename }
            """,
            new ExpectedError("Subscription \"S\" must not select an introspection top level field.", (1, 18)));
    }
}
