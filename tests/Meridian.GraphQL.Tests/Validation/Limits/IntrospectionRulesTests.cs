using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Limits;

public sealed class IntrospectionAllowedRuleTests
{
    private static readonly IntrospectionAllowedRule Rule = new();

    [Fact]
    public void Schema_and_type_are_refused_when_introspection_is_off_typename_is_not()
    {
        var errors = Validate("{ __typename __schema { types { name } } t: __type(name: \"Dog\") { name } }", allowed: false);

        Assert.Equal(
            [("Introspection is not allowed for the current request.", 1, 14), ("Introspection is not allowed for the current request.", 1, 42)],
            errors.Select(e => (e.Message, e.Locations![0].Line, e.Locations[0].Column)));
        Assert.All(errors, e => Assert.Equal(ValidationErrorCodes.IntrospectionDisabled, e.Code));
        Assert.All(errors, e => Assert.Null(e.Extensions));
    }

    [Fact]
    public void Introspection_is_allowed_by_default() =>
        Assert.Empty(Validate("{ __schema { queryType { name } } }", allowed: true));

    private static IReadOnlyList<Meridian.Errors.IError> Validate(string document, bool allowed) =>
        new DocumentValidator([Rule]).Validate(
            PetStoreSchema.Schema,
            global::Meridian.Language.Parser.Parse(document),
            new ValidationOptions { IntrospectionAllowed = allowed }).Errors;
}

public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void Two_levels_of_introspection_lists_are_fine() =>
        ValidationAssert.Valid(PetStoreSchema.Schema, Rule, """
            { __schema { types { fields { type { name } } interfaces { name } } } }
            """);

    [Fact]
    public void Three_levels_through_fragments_are_refused()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, ValidationErrorCodes.MaxIntrospectionDepthExceeded, """
            { __schema { types { ...Fields } } }
            fragment Fields on __Type { fields { type { ...More } } }
            fragment More on __Type { possibleTypes { ...Inputs } }
            fragment Inputs on __Type { inputFields { name } }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (1, 3)));
    }

    [Fact]
    public void Cyclic_fragments_under_introspection_terminate()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, ValidationErrorCodes.MaxIntrospectionDepthExceeded, """
            { __type(name: "Dog") { ...A } }
            fragment A on __Type { fields { type { ...A } } }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (1, 3)));
    }
}
