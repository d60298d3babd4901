using System.Text;
using Meridian.Types;
using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation.Limits;

public sealed class MaxFieldCostRuleTests
{
    private static readonly MaxFieldCostRule Rule = new();

    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocument(global::Meridian.Language.Parser.Parse("""
            type Query {
              provider(id: ID!): Provider
              providers(first: Int, after: String): [Provider!]!
              search(term: String): [Provider]
              report: String
            }

            type Provider {
              name: String
              slots(take: Int): [Slot]
              tags: [String]
            }

            type Slot { start: String }
            """))
        .OnBeforeComplete(context =>
        {
            var query = (ObjectTypeConfiguration)context.Types.First(t => t.Name == "Query");
            query.FindField("report")!.ContextData[FieldCost.CostKey] = 50;
            query.FindField("search")!.ContextData[FieldCost.ListSizeKey] = 3;
        })
        .Build();

    [Fact]
    public void Each_field_costs_one_and_list_fields_multiply_their_selections()
    {
        // providers(first: 5) costs 1 + 5 × (name + slots(take: 2) × start + tags) = 1 + 5 × (1 + 1 + 2 × 1 + 1) = 26.
        AssertCost(26, "{ providers(first: 5) { name slots(take: 2) { start } tags } }");
    }

    [Fact]
    public void Configured_costs_and_list_sizes_and_the_default_list_size_apply()
    {
        // report 50; search assumes 3 items: 1 + 3 × 1; providers without a size assumes the default of 10: 1 + 10 × 1.
        AssertCost(50 + 4 + 11, "{ report search { name } providers { name } }");
        AssertCost(1 + (4 * 1), "{ providers { name } }", new ValidationOptions { MaxFieldCost = 0, DefaultListSize = 4 });
    }

    [Fact]
    public void Size_arguments_may_come_from_variable_defaults_and_fragments_count_where_spread()
    {
        // providers: 1 + 20 × F; F = name + slots(take: 7) × start = 1 + 1 + 7 = 9.
        AssertCost(1 + (20 * 9), """
            query Q($n: Int = 20) { providers(first: $n) { ...F } }
            fragment F on Provider { name slots(take: 7) { start } }
            """);
    }

    [Fact]
    public void Ten_thousand_aliases_of_an_expensive_field_are_refused()
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < 10_000; i++)
        {
            document.Append($" a{i}: report");
        }

        var result = Validate(document.Append(" }").ToString(), new ValidationOptions { MaxFieldCost = 1_000 });

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorCodes.MaxCostExceeded, error.Code);
        Assert.Equal("The anonymous operation has a field cost of 500000, which exceeds the maximum allowed field cost of 1000.", error.Message);
        Assert.Equal(500_000d, error.Extensions!["fieldCost"]);
        Assert.Equal(1_000d, error.Extensions["maxFieldCost"]);
    }

    [Fact]
    public void Introspection_is_free_and_within_the_limit_is_valid()
    {
        Assert.True(Validate("{ __typename provider(id: 1) { name } }", new ValidationOptions { MaxFieldCost = 2 }).IsValid);
        Assert.False(Validate("{ provider(id: 1) { name tags } }", new ValidationOptions { MaxFieldCost = 2 }).IsValid);
    }

    private static void AssertCost(double expected, string document, ValidationOptions? options = null)
    {
        options ??= new ValidationOptions { MaxFieldCost = 0 };
        var error = Assert.Single(Validate(document, options).Errors);
        Assert.Equal(expected, (double)error.Extensions!["fieldCost"]!);
        Assert.True(Validate(document, options with { MaxFieldCost = expected }).IsValid);
    }

    private static ValidationResult Validate(string document, ValidationOptions options) =>
        new DocumentValidator([Rule]).Validate(Schema, global::Meridian.Language.Parser.Parse(document), options);
}
