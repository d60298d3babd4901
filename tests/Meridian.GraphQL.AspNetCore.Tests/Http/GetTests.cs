using System.Net;
using Meridian.GraphQL.AspNetCore.Tests.Support;

namespace Meridian.GraphQL.AspNetCore.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class GetTests(ServerFixture fixture)
{
    private GraphQLTestServer Server => fixture.Server;

    [Fact]
    public async Task A_query_runs_from_url_parameters()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($n: String!) { hello(name: $n) }")
            + "&variables=" + Uri.EscapeDataString("""{"n":"GET"}""");
        using var response = await Server.GetAsync(url, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("""{"data":{"hello":"Hello, GET!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_operation_name_selects_the_operation_and_empty_means_none()
    {
        var document = Uri.EscapeDataString("query A { a: hello } query B { b: hello }");
        using var named = await Server.GetAsync($"/graphql?query={document}&operationName=B");
        using var empty = await Server.GetAsync($"/graphql?query={Uri.EscapeDataString("{ hello }")}&operationName=");

        Assert.Equal("""{"data":{"b":"Hello, world!"}}""", await named.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_mutation_over_get_is_405_with_allow_post_under_either_media_type(string accept)
    {
        using var response = await Server.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { addBook(title: \"x\") { id } }"), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("OPERATION_NOT_ALLOWED", await response.ReadErrorCodeAsync());
    }

    [Theory]
    [InlineData("variables=%7Bnope", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("variables=%5B1%5D", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("extensions=42", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("operationName=A&operationName=B", "HTTP_REQUEST_PARAMETER_INVALID")]
    public async Task Malformed_parameters_are_400(string parameters, string code)
    {
        using var response = await Server.GetAsync($"/graphql?query={Uri.EscapeDataString("{ hello }")}&{parameters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task A_get_without_a_document_is_400()
    {
        using var response = await Server.GetAsync("/graphql?operationName=A", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HTTP_REQUEST_DOCUMENT_MISSING", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task A_syntax_error_over_get_is_400()
    {
        using var response = await Server.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ hello"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Get_can_be_turned_off()
    {
        using var response = await Server.GetAsync("/post-only?query=" + Uri.EscapeDataString("{ hello }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }
}
