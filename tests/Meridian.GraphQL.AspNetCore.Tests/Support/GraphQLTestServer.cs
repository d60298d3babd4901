using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Meridian.AspNetCore;
using Meridian.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.AspNetCore.Tests.Support;

/// <summary>
/// A real Kestrel server on a free loopback port serving <see cref="TestSchema"/> through <c>AddGraphQLServer</c>
/// and <c>MapGraphQL</c>, with a plain <see cref="HttpClient"/> pointed at it.
/// </summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts a server. Without <paramref name="mapEndpoints"/> it maps <c>/graphql</c> only; the delegates may add
    /// services, configure the executor and map more endpoints.
    /// </summary>
    public static async Task<GraphQLTestServer> StartAsync(
        Action<IServiceCollection, IRequestExecutorBuilder>? configureServices = null,
        Action<WebApplication>? mapEndpoints = null,
        Action<WebApplication>? configurePipeline = null)
    {
        var builder = LoopbackApp.CreateBuilder();
        var graphQL = builder.Services.AddGraphQLServer().AddTestSchema();
        configureServices?.Invoke(builder.Services, graphQL);
        var app = builder.Build();
        configurePipeline?.Invoke(app);
        if (mapEndpoints is null)
        {
            app.MapGraphQL();
        }
        else
        {
            mapEndpoints(app);
        }

        return new GraphQLTestServer(app, await LoopbackApp.StartAsync(app));
    }

    /// <summary>POSTs <paramref name="body"/> as-is with the given content type and Accept header.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string body, string? accept = null, string contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        AddAccept(request, accept);
        return Client.SendAsync(request);
    }

    /// <summary>POSTs a GraphQL request built from its parts.</summary>
    public Task<HttpResponseMessage> PostQueryAsync(string query, object? variables = null, string? operationName = null, string? accept = null, string path = "/graphql") =>
        PostAsync(path, JsonSerializer.Serialize(new { query, variables, operationName }), accept);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        AddAccept(request, accept);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void AddAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
    }
}

/// <summary>Reading responses in assertions.</summary>
public static class ResponseReading
{
    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The <c>extensions.code</c> of the response's first error.</summary>
    public static async Task<string?> ReadErrorCodeAsync(this HttpResponseMessage response)
    {
        var json = await response.ReadJsonAsync();
        return json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }

    public static MediaTypeHeaderValue? ContentType(this HttpResponseMessage response) => response.Content.Headers.ContentType;
}
