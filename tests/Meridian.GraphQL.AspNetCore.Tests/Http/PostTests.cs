using System.Net;
using Meridian.GraphQL.AspNetCore.Tests.Support;

namespace Meridian.GraphQL.AspNetCore.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class PostTests(ServerFixture fixture)
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    private GraphQLTestServer Server => fixture.Server;

    [Fact]
    public async Task A_query_answers_200_with_the_data_as_graphql_response_json()
    {
        using var response = await Server.PostQueryAsync("{ hello }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Variables_and_the_operation_name_are_used()
    {
        using var response = await Server.PostQueryAsync(
            "query A { a: hello } query B($name: String!) { hello(name: $name) }",
            variables: new { name = "Ada" },
            operationName: "B");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, GraphQLResponse)]
    [InlineData("", GraphQLResponse)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.9", GraphQLResponse)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    [InlineData("text/html, application/json;q=0.8", Json)]
    [InlineData("APPLICATION/JSON", Json)]
    [InlineData("application/graphql-response+json;q=0, application/json", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("text/plain;q=0.5, */*;q=0.1", GraphQLResponse)]
    public async Task The_response_media_type_is_negotiated_from_accept(string? accept, string expected)
    {
        using var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(500)]
    [InlineData(5_000)]
    public async Task Responses_of_any_size_arrive_whole_with_their_length(int count)
    {
        // Small bodies go into the body's pipe in one piece, those over 64 KB block by block.
        using var response = await Server.PostQueryAsync($"{{ books(count: {count}) {{ id title author year rating }} }}", accept: GraphQLResponse);

        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var books = json.RootElement.GetProperty("data").GetProperty("books");
        Assert.Equal(count, books.GetArrayLength());
        Assert.Equal($"book-{count - 1}", books[count - 1].GetProperty("id").GetString());
        Assert.Equal(1 + ((count - 1) % 5), books[count - 1].GetProperty("rating").GetDouble());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    [InlineData("application/graphql-response+json;q=0")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("*/*;q=0")]
    public async Task Nothing_acceptable_is_406(string accept)
    {
        using var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("HTTP_NOT_ACCEPTABLE", await response.ReadErrorCodeAsync());
    }

    [Theory]
    [InlineData("{ hello", "SYNTAX_ERROR")]
    [InlineData("{ unknownField }", "FIELD_NOT_DEFINED")]
    [InlineData("query Q { hello } query Q { hello }", "OPERATION_NAME_NOT_UNIQUE")]
    [InlineData("query A { hello } query B { hello }", "OPERATION_NAME_REQUIRED")]
    [InlineData("query($n: Int!) { books(count: $n) { id } }", "VARIABLE_VALUE_INVALID")]
    [InlineData("subscription { bookAdded { id } }", "OPERATION_NOT_ALLOWED")]
    public async Task Request_errors_are_400_with_graphql_response_json_and_200_with_json(string query, string code)
    {
        using var strict = await Server.PostQueryAsync(query, accept: GraphQLResponse);
        using var legacy = await Server.PostQueryAsync(query, accept: Json);

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(GraphQLResponse, strict.MediaType());
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal(Json, legacy.MediaType());
        var body = await strict.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(code, await strict.ReadErrorCodeAsync());

        Assert.Equal(await strict.Content.ReadAsStringAsync(), await legacy.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_field_error_keeps_status_200_with_partial_data()
    {
        using var response = await Server.PostQueryAsync("{ hello boom }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("UNEXPECTED_ERROR", await response.ReadErrorCodeAsync());
        Assert.DoesNotContain("InvalidOperationException", body.ToString());
    }

    [Fact]
    public async Task A_mutation_runs_over_post()
    {
        using var response = await Server.PostQueryAsync("mutation { addBook(title: \"Dune\") { title } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"addBook":{"title":"Dune"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"query\":", "HTTP_REQUEST_JSON_INVALID")]
    [InlineData("NONSENSE", "HTTP_REQUEST_JSON_INVALID")]
    [InlineData("", "HTTP_REQUEST_JSON_INVALID")]
    [InlineData("{\"query\":\"{ hello }\"} trailing", "HTTP_REQUEST_JSON_INVALID")]
    [InlineData("\"{ hello }\"", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("{\"query\":42}", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("{\"query\":[\"{ hello }\"]}", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[7]}", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"{}\"}", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":1}", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":true}", "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("{\"qeury\":\"{ hello }\"}", "HTTP_REQUEST_DOCUMENT_MISSING")]
    [InlineData("{}", "HTTP_REQUEST_DOCUMENT_MISSING")]
    [InlineData("[{\"query\":\"{ hello }\"}]", "HTTP_BATCHING_NOT_ALLOWED")]
    [InlineData("{\"query\":\"{ hello }\",\"id\":\"../../etc/passwd\"}", "HTTP_REQUEST_PARAMETER_INVALID")]
    public async Task A_body_that_is_not_a_graphql_request_is_400_under_both_media_types(string body, string code)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            using var response = await Server.PostAsync("/graphql", body, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(accept, response.MediaType());
            Assert.Equal(code, await response.ReadErrorCodeAsync());
        }
    }

    [Fact]
    public async Task Invalid_utf8_is_400()
    {
        var content = new ByteArrayContent([.. "{\"query\":\"{ hello } #"u8, 0xC3, 0x28, .. "\"}"u8]);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var response = await Server.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HTTP_REQUEST_JSON_INVALID", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Unknown_request_members_and_null_parameters_are_ignored()
    {
        using var response = await Server.PostAsync(
            "/graphql",
            """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"future":{"x":[1,2]}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Json_in_utf8_is_accepted(string contentType)
    {
        using var response = await Server.PostAsync("/graphql", """{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Other_body_media_types_and_charsets_are_415(string contentType)
    {
        using var response = await Server.PostAsync("/graphql", """{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("HTTP_UNSUPPORTED_MEDIA_TYPE", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task A_post_without_content_type_is_415()
    {
        using var response = await Server.Client.PostAsync("/graphql", new ByteArrayContent("""{"query":"{ hello }"}"""u8.ToArray()));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_whether_or_not_its_length_is_announced()
    {
        var body = $$$"""{"query":"{ hello }","extensions":{"padding":"{{{new string('x', 400)}}}"}}""";
        using var announced = await Server.PostAsync("/small", body);
        var streamed = new HttpRequestMessage(HttpMethod.Post, "/small") { Content = new PushStreamContent(body) };
        using var chunked = await Server.Client.SendAsync(streamed);
        using var small = await Server.PostAsync("/small", """{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced.StatusCode);
        Assert.Equal("HTTP_REQUEST_TOO_LARGE", await announced.ReadErrorCodeAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_allow(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("{}") };
        using var response = await Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("HTTP_METHOD_NOT_ALLOWED", await response.ReadErrorCodeAsync());
    }

    /// <summary>Content without a known length: sent chunked, so the server learns the size only by reading.</summary>
    private sealed class PushStreamContent : HttpContent
    {
        private readonly string _text;

        public PushStreamContent(string text)
        {
            _text = text;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(_text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
