using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Limits;

public sealed class MaxExecutionDepthRuleTests
{
    private static readonly MaxExecutionDepthRule Rule = new();

    [Fact]
    public void No_limit_means_no_check()
    {
        var result = Validate("{ dog { mother { mother { mother { name } } } } }", new ValidationOptions());
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Depth_counts_field_levels_through_fragments_and_inline_fragments()
    {
        const string Document = """
            query Deep { dog { ...Parents } }
            fragment Parents on Dog { mother { ... on Dog { father { ...Name } } } }
            fragment Name on Dog { name }
            """;

        Assert.True(Validate(Document, new ValidationOptions { MaxExecutionDepth = 4 }).IsValid);
        var error = Assert.Single(Validate(Document, new ValidationOptions { MaxExecutionDepth = 3 }).Errors);
        Assert.Equal("The operation \"Deep\" has an execution depth of 4, which exceeds the maximum allowed depth of 3.", error.Message);
        Assert.Equal(ValidationErrorCodes.MaxExecutionDepthExceeded, error.Code);
        Assert.Equal(4, error.Extensions!["depth"]);
        Assert.Equal(3, error.Extensions["maxDepth"]);
        Assert.Equal((1, 1), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void Each_operation_is_measured_on_its_own()
    {
        var errors = Validate("""
            query Shallow { dog { name } }
            { dog { mother { name } } }
            """,
            new ValidationOptions { MaxExecutionDepth = 2 }).Errors;

        Assert.Equal(["The anonymous operation has an execution depth of 3, which exceeds the maximum allowed depth of 2."], errors.Select(e => e.Message));
    }

    [Fact]
    public void Introspection_fields_can_be_left_out_of_the_depth()
    {
        const string Document = "{ __typename dog { __typename } __type(name: \"Dog\") { fields { type { name } } } }";

        Assert.False(Validate(Document, new ValidationOptions { MaxExecutionDepth = 2 }).IsValid);
        Assert.True(Validate(Document, new ValidationOptions { MaxExecutionDepth = 1, ExcludeIntrospectionFromDepth = true }).IsValid);
    }

    [Fact]
    public void Cycles_and_long_fragment_chains_are_measured_without_recursion()
    {
        var document = new System.Text.StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 5_000; i++)
        {
            document.Append($"fragment F{i} on Dog {{ mother {{ ...F{i + 1} }} }}\n");
        }

        document.Append("fragment F5000 on Dog { ...F0 }");
        var error = Assert.Single(Validate(document.ToString(), new ValidationOptions { MaxExecutionDepth = 100 }).Errors);
        Assert.Equal(5_001, error.Extensions!["depth"]);
    }

    private static ValidationResult Validate(string document, ValidationOptions options) =>
        new DocumentValidator([Rule]).Validate(PetStoreSchema.Schema, global::Meridian.Language.Parser.Parse(document), options);
}
