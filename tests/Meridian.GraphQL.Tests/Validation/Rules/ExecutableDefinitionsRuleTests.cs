using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Operations_and_fragments_are_executable()
    {
        ValidationAssert.ValidForAllRules(SpecExampleSchema.Schema, """
            query getDogName { dog { ...names } }
            fragment names on Dog { name nickname }
            """);
    }

    [Fact]
    public void Spec_counter_example_type_extension_is_not_executable()
    {
        ValidationAssert.Errors(SpecExampleSchema.Schema, Rule, ValidationErrorCodes.NonExecutableDefinition, """
            query getDogName {
              dog {
                name
                color
              }
            }

            extend type Dog {
              color: String
            }
            """,
            new ExpectedError("The \"Dog\" definition is not executable.", (8, 1)));
    }

    [Fact]
    public void Type_and_schema_definitions_are_reported_each()
    {
        ValidationAssert.Errors(PetStoreSchema.Schema, Rule, ValidationErrorCodes.NonExecutableDefinition, """
            query Foo { dog { name } }
            type Cow { name: String }
            schema { query: QueryRoot }
            extend schema @directive
            directive @hello on FIELD
            """,
            new ExpectedError("The \"Cow\" definition is not executable.", (2, 1)),
            new ExpectedError("The schema definition is not executable.", (3, 1)),
            new ExpectedError("The schema definition is not executable.", (4, 1)),
            new ExpectedError("The \"hello\" definition is not executable.", (5, 1)));
    }

    [Fact]
    public void Type_system_definitions_are_not_walked_by_other_rules()
    {
        var errors = ValidationAssert.Validate(PetStoreSchema.Schema, """
            query Foo { dog { name } }
            type Cow { name: Unknown @unknown }
            """);

        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrorCodes.NonExecutableDefinition, error.Code);
        Assert.Equal(SpecSections.ExecutableDefinitions, error.Extensions!["specifiedBy"]);
    }
}
