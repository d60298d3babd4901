using System.Net;
using Meridian.GraphQL.AspNetCore.Tests.Support;

namespace Meridian.GraphQL.AspNetCore.Tests.Tool;

[Collection(ServerCollection.Name)]
public sealed class BananaCakePopTests(ServerFixture fixture)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private GraphQLTestServer Server => fixture.Server;

    [Fact]
    public async Task A_browser_opening_the_endpoint_is_sent_to_the_ide_below_it()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?x=1");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/?x=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_ide_page_is_served_from_the_embedded_package()
    {
        using var response = await Server.GetAsync("/graphql/", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Banana Cake Pop</title>", html);
        Assert.Contains("static/js/main.", html);
    }

    [Fact]
    public async Task The_ide_assets_are_served_with_long_caching()
    {
        using var page = await Server.GetAsync("/graphql/", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(static/js/main\\.[^\"]+)\"").Groups[1].Value;

        using var response = await Server.GetAsync("/graphql/" + script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.MediaType());
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    [Fact]
    public async Task The_ide_reads_its_settings_from_bcp_config()
    {
        using var response = await Server.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var config = await response.ReadJsonAsync();
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task Json_clients_are_not_sent_to_the_ide()
    {
        using var response = await Server.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ hello }"), "application/json, text/html;q=0.5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task The_ide_can_be_turned_off()
    {
        using var page = await Server.GetAsync("/no-tool/", BrowserAccept);
        using var config = await Server.GetAsync("/no-tool/bcp-config.json");

        Assert.NotEqual("text/html", page.MediaType());
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
    }
}
