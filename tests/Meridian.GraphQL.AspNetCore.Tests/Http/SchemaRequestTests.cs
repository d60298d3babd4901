using System.Net;
using Meridian.AspNetCore;
using Meridian.GraphQL.AspNetCore.Tests.Support;

namespace Meridian.GraphQL.AspNetCore.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class SchemaRequestTests(ServerFixture fixture)
{
    private GraphQLTestServer Server => fixture.Server;

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema.graphql")]
    public async Task The_sdl_is_served(string url)
    {
        using var response = await Server.GetAsync(url, "text/html,*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql", response.MediaType());
        Assert.Equal("schema.graphql", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", sdl);
        Assert.Contains("hello(name: String! = \"world\"): String!", sdl);
        Assert.Contains("type Subscription {", sdl);
    }

    [Fact]
    public async Task Schema_requests_can_be_turned_off()
    {
        using var sdl = await Server.GetAsync("/no-tool/schema.graphql");
        using var query = await Server.GetAsync("/no-tool?sdl");

        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.Equal("HTTP_REQUEST_DOCUMENT_MISSING", await query.ReadErrorCodeAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/graphql")]
    public async Task An_endpoint_at_any_path_serves_queries_at_it_and_files_below_it(string path)
    {
        await using var server = await GraphQLTestServer.StartAsync(mapEndpoints: app => app.MapGraphQL(path));
        var below = path.TrimEnd('/') + "/schema.graphql";

        using var query = await server.PostQueryAsync("{ hello }", path: path);
        using var trailingSlash = await server.PostQueryAsync("{ hello }", path: path.TrimEnd('/') + "/");
        using var sdl = await server.GetAsync(below);
        using var deeper = await server.GetAsync(path.TrimEnd('/') + "/a/b/c.js");

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await query.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await trailingSlash.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
        Assert.Contains("type Query {", await sdl.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, deeper.StatusCode);
    }

    [Fact]
    public async Task Unknown_paths_below_the_endpoint_are_404()
    {
        using var response = await Server.GetAsync("/graphql/nothing-here.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
