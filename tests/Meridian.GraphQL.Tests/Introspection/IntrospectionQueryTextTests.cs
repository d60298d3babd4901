using Meridian.Language;

namespace Meridian.Introspection.Tests;

public sealed class IntrospectionQueryTextTests
{
    [Fact]
    public async Task Text_is_the_query_graphql_js_produces_with_every_option_on()
    {
        var graphQLJs = await GraphQLJs.GetIntrospectionQueryAsync();

        Assert.Equal(IntrospectionQuery.Text, graphQLJs);
    }

    [Fact]
    public void Text_parses_to_one_operation_named_IntrospectionQuery_and_three_fragments()
    {
        var document = Parser.Parse(IntrospectionQuery.Text);

        var operation = Assert.Single(document.Definitions.OfType<OperationDefinitionNode>());
        Assert.Equal(IntrospectionQuery.OperationName, operation.Name?.Value);
        Assert.Equal(["FullType", "InputValue", "TypeRef"], document.Definitions.OfType<FragmentDefinitionNode>().Select(f => f.Name.Value));
    }
}
