using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Meridian.GraphQL.AspNetCore.Tests.Hosting;

namespace Meridian.GraphQL.AspNetCore.Tests.Sse;

/// <summary>GraphQL over SSE, graphql-sse's distinct connections mode, over real HTTP.</summary>
public sealed class ServerSentEventsTests(ChatServerFixture fixture) : IClassFixture<ChatServerFixture>, IDisposable
{
    private readonly HttpClient _http = new();

    private RealtimeTestServer Server => fixture.Server;

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_subscription_streams_next_events_until_the_client_disconnects()
    {
        var room = ChatServerFixture.NewRoom();
        var topic = ChatSchema.Topic(room);
        var stream = await SseTestClient.PostAsync(_http, Server.HttpUri, $$$"""{"query":"subscription($r: String!) { messageAdded(room: $r) { text } }","variables":{"r":"{{{room}}}"}}""");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", stream.Response.Headers.CacheControl?.ToString());
        await Server.WaitForSubscribersAsync(topic);

        await Server.Sender.SendAsync(topic, new ChatMessage(room, "one"));
        await Server.Sender.SendAsync(topic, new ChatMessage(room, "two"));

        Assert.Equal(new ServerSentEvent("next", """{"data":{"messageAdded":{"text":"one"}}}"""), await stream.ReadAsync());
        Assert.Equal(new ServerSentEvent("next", """{"data":{"messageAdded":{"text":"two"}}}"""), await stream.ReadAsync());

        await stream.DisposeAsync();

        // The disconnect cancels the operation, which disposes its response stream and leaves the topic.
        await Server.WaitForSubscribersAsync(topic, 0);
    }

    [Fact]
    public async Task A_finite_subscription_ends_with_a_complete_event_and_the_end_of_the_stream()
    {
        await using var stream = await SseTestClient.PostAsync(_http, Server.HttpUri, """{"query":"subscription { countdown(from: 2) }"}""");

        var events = await stream.ReadToEndAsync();

        Assert.Equal(
            [
                new ServerSentEvent("next", """{"data":{"countdown":2}}"""),
                new ServerSentEvent("next", """{"data":{"countdown":1}}"""),
                new ServerSentEvent("complete", string.Empty),
            ],
            events);
    }

    [Fact]
    public async Task A_query_over_get_is_one_next_and_a_complete()
    {
        await using var stream = await SseTestClient.GetAsync(_http, Server.HttpUri, "query=" + Uri.EscapeDataString("{ hello }"));

        Assert.Equal(
            [new ServerSentEvent("next", """{"data":{"hello":"world"}}"""), new ServerSentEvent("complete", string.Empty)],
            await stream.ReadToEndAsync());
    }

    [Fact]
    public async Task The_raw_complete_event_carries_an_empty_data_field_for_EventSource()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Server.HttpUri)
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await _http.SendAsync(request);

        Assert.Equal(
            "event: next\ndata: {\"data\":{\"hello\":\"world\"}}\n\nevent: complete\ndata: \n\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_validation_error_is_reported_as_a_next_event_on_an_accepted_stream()
    {
        await using var stream = await SseTestClient.PostAsync(_http, Server.HttpUri, """{"query":"{ nope }"}""");

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        var events = await stream.ReadToEndAsync();
        Assert.Equal(2, events.Count);
        Assert.Equal("next", events[0].Event);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", events[0].Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("complete", events[1].Event);
    }

    [Fact]
    public async Task A_mutation_over_get_is_not_allowed()
    {
        await using var stream = await SseTestClient.GetAsync(_http, Server.HttpUri, "query=" + Uri.EscapeDataString("mutation { send(room: \"x\", text: \"y\") { text } }"));

        var events = await stream.ReadToEndAsync();

        Assert.Equal("OPERATION_NOT_ALLOWED", events[0].Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", events[1].Event);
    }

    [Fact]
    public async Task A_mutation_over_post_runs()
    {
        await using var stream = await SseTestClient.PostAsync(_http, Server.HttpUri, """{"query":"mutation { send(room: \"sse\", text: \"posted\") { text } }"}""");

        Assert.Equal(
            [new ServerSentEvent("next", """{"data":{"send":{"text":"posted"}}}"""), new ServerSentEvent("complete", string.Empty)],
            await stream.ReadToEndAsync());
    }

    [Theory]
    [InlineData("{", "application/json", HttpStatusCode.BadRequest, "HTTP_REQUEST_JSON_INVALID")]
    [InlineData("""{"query":1}""", "application/json", HttpStatusCode.BadRequest, "HTTP_REQUEST_PARAMETER_INVALID")]
    [InlineData("""{"variables":{}}""", "application/json", HttpStatusCode.BadRequest, "HTTP_REQUEST_DOCUMENT_MISSING")]
    [InlineData("""[{"query":"{ hello }"}]""", "application/json", HttpStatusCode.BadRequest, "HTTP_BATCHING_NOT_ALLOWED")]
    [InlineData("""{"query":"{ hello }"}""", "text/plain", HttpStatusCode.UnsupportedMediaType, "HTTP_UNSUPPORTED_MEDIA_TYPE")]
    public async Task A_malformed_request_is_refused_with_a_status_and_a_coded_error(string body, string mediaType, HttpStatusCode status, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Server.HttpUri) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await _http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_request_users_identity_reaches_the_resolvers()
    {
        await using var stream = await SseTestClient.PostAsync(_http, Server.HttpUri, """{"query":"{ me }"}""", TestTokens.Create("sse-user"));

        Assert.Equal(new ServerSentEvent("next", """{"data":{"me":"sse-user"}}"""), await stream.ReadAsync());
    }

    [Fact]
    public async Task Idle_streams_get_keep_alive_comments()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.ServerSentEvents = s => s.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        await using var stream = await SseTestClient.PostAsync(_http, server.HttpUri, """{"query":"subscription { messageAdded(room: \"quiet\") { text } }"}""");

        Assert.Equal(new ServerSentEvent("comment", string.Empty), await stream.ReadAsync());
        Assert.Equal(new ServerSentEvent("comment", string.Empty), await stream.ReadAsync());
    }
}
