using System.Text.RegularExpressions;
using Meridian.Types;

namespace Meridian.Introspection.Tests;

/// <summary>
/// The introspection result of a schema that uses every kind of type must let graphql-js (the reference
/// implementation) rebuild the identical schema: graphql-js's <c>printSchema(buildClientSchema(result))</c> equals
/// Meridian's own SDL of the schema.
/// </summary>
public sealed partial class IntrospectionRebuildTests
{
    [Fact]
    public async Task Graphql_js_rebuilds_the_same_sdl_from_the_introspection_result()
    {
        var executor = await TestExecutor.CreateAsync(EveryKindSchema.Sdl);
        var result = await executor.ExecuteJsonAsync(IntrospectionQuery.Text);

        var rebuilt = await GraphQLJs.RebuildSchemaAsync(result);

        Assert.Equal(Normalize(SchemaPrinter.Print(executor.Schema)), rebuilt);
    }

    [Fact]
    public async Task Graphql_js_rebuilds_a_schema_with_default_root_type_names_and_no_description()
    {
        var executor = await TestExecutor.CreateAsync(
            """
            type Query { hello(name: String = "world"): String }
            type Mutation { reset: Boolean }
            """);
        var result = await executor.ExecuteJsonAsync(IntrospectionQuery.Text);

        var rebuilt = await GraphQLJs.RebuildSchemaAsync(result);

        Assert.Equal(Normalize(SchemaPrinter.Print(executor.Schema)), rebuilt);
    }

    // Two normalizations of Meridian's SDL, each for something graphql-js legitimately prints differently:
    // 1. graphql-js's printSchema ends without a newline; Meridian's SchemaPrinter ends text files with one.
    // 2. Introspection (§4) describes directive definitions but not where directives are applied, so graphql-js cannot
    //    print the applied custom directives (@audience) that Meridian's SDL shows. Applied @deprecated, @specifiedBy
    //    and @oneOf are part of introspection and are compared as they are.
    private static string Normalize(string sdl) => AppliedAudienceDirective().Replace(sdl, string.Empty).TrimEnd('\n');

    [GeneratedRegex(@"(?<!directive) @audience(\([^)]*\))?")]
    private static partial Regex AppliedAudienceDirective();
}
