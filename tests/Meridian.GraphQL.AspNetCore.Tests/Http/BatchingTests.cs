using System.Net;
using Meridian.GraphQL.AspNetCore.Tests.Support;

namespace Meridian.GraphQL.AspNetCore.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class BatchingTests(ServerFixture fixture)
{
    private GraphQLTestServer Server => fixture.Server;

    [Fact]
    public async Task A_request_batch_answers_an_array_of_results_in_order()
    {
        using var response = await Server.PostAsync(
            "/batching",
            """[{"query":"{ hello }"},{"query":"query($n: String!) { hello(name: $n) }","variables":{"n":"B"}},{"query":"{ nope }"}]""",
            "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        var results = await response.ReadJsonAsync();
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", results[0].GetRawText());
        Assert.Equal("""{"data":{"hello":"Hello, B!"}}""", results[1].GetRawText());
        Assert.Equal("FIELD_NOT_DEFINED", results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_variable_batch_runs_the_operation_once_per_variable_set()
    {
        using var response = await Server.PostAsync(
            "/batching",
            """{"query":"query($n: String!) { hello(name: $n) }","variables":[{"n":"a"},{"n":"b"},{}]}""");

        var results = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, a!"}}""", results[0].GetRawText());
        Assert.Equal("""{"data":{"hello":"Hello, b!"}}""", results[1].GetRawText());
        Assert.Equal("VARIABLE_VALUE_INVALID", results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Request_and_variable_batches_combine_into_one_flat_array()
    {
        using var response = await Server.PostAsync(
            "/batching",
            """[{"query":"query($n: String!) { hello(name: $n) }","variables":[{"n":"a"},{"n":"b"}]},{"query":"{ books(count: 1) { id } }"}]""");

        var results = await response.ReadJsonAsync();
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("""{"data":{"books":[{"id":"book-0"}]}}""", results[2].GetRawText());
    }

    [Fact]
    public async Task A_batch_of_one_still_answers_an_array()
    {
        using var response = await Server.PostAsync("/batching", """[{"query":"{ hello }"}]""");

        Assert.Equal("""[{"data":{"hello":"Hello, world!"}}]""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_mutation_in_a_batch_runs_before_the_next_request()
    {
        using var response = await Server.PostAsync(
            "/batching",
            """[{"query":"mutation { addBook(title: \"First\") { title } }"},{"query":"{ hello }"}]""");

        var results = await response.ReadJsonAsync();
        Assert.Equal("First", results[0].GetProperty("data").GetProperty("addBook").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("[]", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("[1]", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("""[{"query":"{a:hello}"},{"query":"{a:hello}"},{"query":"{a:hello}"},{"query":"{a:hello}"},{"query":"{a:hello}"},{"query":"{a:hello}"}]""", "HTTP_BATCHING_NOT_ALLOWED")]
    [InlineData("""{"query":"{ hello }","variables":[{},{},{},{},{},{}]}""", "HTTP_BATCHING_NOT_ALLOWED")]
    [InlineData("""{"query":"{ hello }","variables":[]}""", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", "HTTP_REQUEST_PARAMETER_INVALID")]
    public async Task Malformed_or_oversized_batches_are_400(string body, string code)
    {
        using var response = await Server.PostAsync("/batching", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Variable_batching_is_off_by_default()
    {
        using var response = await Server.PostAsync("/graphql", """{"query":"{ hello }","variables":[{}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HTTP_REQUEST_PARAMETER_INVALID", await response.ReadErrorCodeAsync());
    }
}
