using System.Text;
using Meridian.Language;
using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation;

/// <summary>Documents built to hurt a validator: each must end in errors, not in a crash or an endless walk.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Introspection_a_hundred_levels_deep_is_refused_by_the_depth_limit()
    {
        var document = new StringBuilder("{ __type(name: \"Dog\") { ");
        for (var i = 0; i < 100; i++)
        {
            document.Append("ofType { ");
        }

        document.Append("name");
        document.Append('}', 101);
        document.Append(" }");

        var result = DocumentValidator.Default.Validate(
            PetStoreSchema.Schema,
            Parser.Parse(document.ToString()),
            new ValidationOptions { MaxExecutionDepth = 15 });

        var depthError = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorCodes.MaxExecutionDepthExceeded, depthError.Code);
        Assert.Equal(102, depthError.Extensions!["depth"]);
    }

    [Fact]
    public void Overlapping_fields_down_two_long_fragment_chains_end_without_a_stack_overflow()
    {
        const int Length = 3_000;
        var document = new StringBuilder("{ dog { ...A0 ...B0 } }\n");
        for (var i = 0; i < Length; i++)
        {
            document.Append($"fragment A{i} on Dog {{ mother {{ ...A{i + 1} }} }}\n");
            document.Append($"fragment B{i} on Dog {{ mother {{ ...B{i + 1} }} }}\n");
        }

        document.Append($"fragment A{Length} on Dog {{ name }}\nfragment B{Length} on Dog {{ name: nickname }}\n");
        var parsed = Parser.Parse(document.ToString(), new ParserOptions { MaxAllowedTokens = 1_000_000 });

        var result = new DocumentValidator([new FieldSelectionMergingRule()]).Validate(PetStoreSchema.Schema, parsed);

        // Either the conflict at the bottom is found, or the walk stops with a clear error before the stack runs out;
        // either way the error stays small.
        var error = Assert.Single(result.Errors);
        Assert.Contains(error.Code, new[] { ValidationErrorCodes.FieldsConflict, ValidationErrorCodes.DocumentTooComplex });
        Assert.True(error.Message.Length < 1_200, $"{error.Message.Length} characters");
        Assert.True(error.Locations!.Count <= 40);
    }

    [Fact]
    public void Too_many_fields_of_one_name_with_different_selections_are_given_up_as_too_complex()
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < 1_200; i++)
        {
            document.Append($" dog {{ a{i}: name }}");
        }

        var result = new DocumentValidator([new FieldSelectionMergingRule()])
            .Validate(PetStoreSchema.Schema, Parser.Parse(document.Append(" }").ToString()));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorCodes.DocumentTooComplex, error.Code);
        Assert.Equal("The document has too many fields of the same name to check that they can be merged.", error.Message);
    }

    [Fact]
    public void Thousands_of_conflicting_fields_stop_at_the_error_limit()
    {
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 2_000; i++)
        {
            document.Append(i % 2 == 0 ? " x: name" : $" x: isAtLocation(x: {i})");
        }

        var result = DocumentValidator.Default.Validate(PetStoreSchema.Schema, Parser.Parse(document.Append(" } }").ToString()));

        Assert.Equal(101, result.Errors.Count);
        Assert.Equal(ValidationErrorCodes.MaxErrorsExceeded, result.Errors[^1].Code);
    }

    [Fact]
    public void Many_operations_spreading_a_long_fragment_chain_are_validated()
    {
        var document = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            document.Append($"query Q{i}($v: Boolean) {{ dog {{ ...F0 }} }}\n");
        }

        for (var i = 0; i < 500; i++)
        {
            document.Append($"fragment F{i} on Dog {{ name ...F{i + 1} }}\n");
        }

        document.Append("fragment F500 on Dog { isHouseTrained(atOtherHomes: $v) }");
        Assert.Empty(DocumentValidator.Default.Validate(PetStoreSchema.Schema, Parser.Parse(document.ToString())).Errors);
    }
}
