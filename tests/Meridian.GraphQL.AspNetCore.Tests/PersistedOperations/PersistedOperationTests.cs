using System.Net;
using System.Text.Json;
using Meridian.AspNetCore;
using Meridian.GraphQL.AspNetCore.Tests.Support;
using Meridian.PersistedOperations;
using Meridian.Redis.PersistedOperations;
using Testing;

namespace Meridian.GraphQL.AspNetCore.Tests.PersistedOperations;

public sealed class PersistedOperationTests : IAsyncLifetime
{
    private const string StoredDocument = "query Stored { hello(name: \"stored\") }";
    private readonly string _folder = Directory.CreateTempSubdirectory("meridian-persisted-").FullName;
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "stored-1.graphql"), StoredDocument);
        _server = await GraphQLTestServer.StartAsync((services, graphQL) =>
        {
            services.AddFileSystemOperationDocumentStorage(_folder);
            graphQL.ModifyPersistedOperationOptions(o => o.EnableAutomaticPersistedOperations = true);
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static object PersistedQuery(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string Apq(string hash, string? query = null) => JsonSerializer.Serialize(new { query, extensions = PersistedQuery(hash) });

    [Fact]
    public async Task A_stored_document_runs_by_id_over_post_and_get()
    {
        using var post = await _server.PostAsync("/graphql", """{"id":"stored-1"}""");
        using var get = await _server.GetAsync("/graphql?id=stored-1");

        Assert.Equal("""{"data":{"hello":"Hello, stored!"}}""", await post.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"hello":"Hello, stored!"}}""", await get.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_id_is_a_request_error()
    {
        using var response = await _server.PostAsync("/graphql", """{"id":"unknown"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_OPERATION_NOT_FOUND", await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Automatic_persisted_queries_store_on_first_sight_and_run_by_hash_after()
    {
        const string document = "{ books(count: 2) { id } }";
        var hash = DocumentHash.ComputeSha256Hex(document);
        var hashOnly = Apq(hash);

        using var miss = await _server.PostAsync("/graphql", hashOnly);
        using var register = await _server.PostAsync("/graphql", Apq(hash, document));
        using var hit = await _server.PostAsync("/graphql", hashOnly);
        using var hitOverGet = await _server.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(PersistedQuery(hash))));

        Assert.Equal(HttpStatusCode.BadRequest, miss.StatusCode);
        var missBody = await miss.ReadJsonAsync();
        Assert.Equal("PersistedQueryNotFound", missBody.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await miss.ReadErrorCodeAsync());
        const string expected = """{"data":{"books":[{"id":"book-0"},{"id":"book-1"}]}}""";
        Assert.Equal(expected, await register.Content.ReadAsStringAsync());
        Assert.Equal(expected, await hit.Content.ReadAsStringAsync());
        Assert.Equal(expected, await hitOverGet.Content.ReadAsStringAsync());
        Assert.Equal(document, await File.ReadAllTextAsync(Path.Combine(_folder, hash + ".graphql")));
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_stored()
    {
        const string document = "{ notAField }";
        var hash = DocumentHash.ComputeSha256Hex(document);

        using var response = await _server.PostAsync("/graphql", Apq(hash, document));

        Assert.Equal("FIELD_NOT_DEFINED", await response.ReadErrorCodeAsync());
        Assert.False(File.Exists(Path.Combine(_folder, hash + ".graphql")));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-a-hash")]
    public async Task A_hash_that_does_not_match_the_text_is_refused(string hash)
    {
        using var response = await _server.PostAsync("/graphql", Apq(hash, "{ hello }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", await response.ReadErrorCodeAsync());
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Persisted_only_mode_refuses_document_text_but_runs_stored_documents()
    {
        await using var server = await GraphQLTestServer.StartAsync((services, graphQL) =>
        {
            services.AddFileSystemOperationDocumentStorage(_folder);
            graphQL.ModifyPersistedOperationOptions(o =>
            {
                o.EnableAutomaticPersistedOperations = true;
                o.OnlyAllowPersistedDocuments = true;
            });
        });
        const string document = "{ hello }";
        var hash = DocumentHash.ComputeSha256Hex(document);

        using var text = await server.PostQueryAsync(document);
        using var register = await server.PostAsync("/graphql", Apq(hash, document));
        using var stored = await server.PostAsync("/graphql", """{"id":"stored-1"}""");

        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Equal("PERSISTED_OPERATION_REQUIRED", await text.ReadErrorCodeAsync());
        Assert.Equal("PERSISTED_OPERATION_REQUIRED", await register.ReadErrorCodeAsync());
        Assert.False(File.Exists(Path.Combine(_folder, hash + ".graphql")));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Fact]
    public async Task Without_automatic_persisted_queries_a_hash_alone_is_not_supported_and_a_hash_with_text_just_runs()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var hash = DocumentHash.ComputeSha256Hex("{ hello }");

        using var hashOnly = await server.PostAsync("/graphql", Apq(hash));
        using var withText = await server.PostAsync("/graphql", Apq(hash, "{ hello }"));

        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", await hashOnly.ReadErrorCodeAsync());
        Assert.Equal(HttpStatusCode.OK, withText.StatusCode);
    }

    [Fact]
    public async Task Automatic_persisted_queries_work_with_the_redis_store()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var server = await GraphQLTestServer.StartAsync((services, graphQL) =>
        {
            services.AddRedisOperationDocumentStorage(redis.Configuration);
            graphQL.ModifyPersistedOperationOptions(o => o.EnableAutomaticPersistedOperations = true);
        });
        const string document = "{ hello(name: \"redis\") }";
        var hash = DocumentHash.ComputeSha256Hex(document);
        var hashOnly = Apq(hash);

        using var miss = await server.PostAsync("/graphql", hashOnly);
        using var register = await server.PostAsync("/graphql", Apq(hash, document));
        using var hit = await server.PostAsync("/graphql", hashOnly);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await miss.ReadErrorCodeAsync());
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, redis!"}}""", await hit.Content.ReadAsStringAsync());
    }
}
