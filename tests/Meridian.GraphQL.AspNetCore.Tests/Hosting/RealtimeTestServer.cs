using Meridian.AspNetCore;
using Meridian.AspNetCore.Sse;
using Meridian.AspNetCore.Subscriptions;
using Meridian.AspNetCore.WebSockets;
using Meridian.GraphQL.AspNetCore.Tests.Support;
using Meridian.Redis.Subscriptions;
using Meridian.Subscriptions;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>What a test server differs in.</summary>
internal sealed class RealtimeTestServerOptions
{
    public Action<GraphQLSocketOptions>? Sockets { get; set; }

    public Action<GraphQLSseOptions>? ServerSentEvents { get; set; }

    /// <summary>Configuration entries (the subscription transport reads <c>Redis:Configuration</c> and <c>Subscriptions:*</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public Action<IServiceCollection>? Services { get; set; }

    /// <summary>More endpoints beside <c>/graphql</c>.</summary>
    public Action<WebApplication>? Endpoints { get; set; }
}

/// <summary>
/// A real Kestrel server on a free loopback port serving the chat schema over WebSocket and SSE at <c>/graphql</c>,
/// with JWT bearer authentication trusting <see cref="TestTokens"/>. The subscription load benchmark
/// (bench/Meridian.SubscriptionLoad) runs against the same server.
/// </summary>
internal sealed class RealtimeTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RealtimeTestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        HttpUri = new Uri(baseAddress, "/graphql");
        WebSocketUri = new UriBuilder(HttpUri) { Scheme = "ws" }.Uri;
    }

    public Uri HttpUri { get; }

    public Uri WebSocketUri { get; }

    /// <summary>The WebSocket address of another path of this server.</summary>
    public Uri WebSocketUriOf(string path) => new UriBuilder(WebSocketUri) { Path = path }.Uri;

    public IServiceProvider Services => _app.Services;

    public SocketStatistics SocketStatistics => Services.GetRequiredService<SocketStatistics>();

    public ITopicEventSender Sender => Services.GetRequiredService<ITopicEventSender>();

    public TopicRegistry Topics => Services.GetRequiredService<ITopicEventReceiver>() switch
    {
        InMemoryPubSub inMemory => inMemory.Topics,
        RedisPubSub redis => redis.Topics,
        var other => throw new InvalidOperationException($"Unexpected pub/sub {other.GetType().Name}."),
    };

    public static async Task<RealtimeTestServer> StartAsync(Action<RealtimeTestServerOptions>? configure = null)
    {
        var options = new RealtimeTestServerOptions();
        configure?.Invoke(options);

        var builder = LoopbackApp.CreateBuilder("Testing");
        builder.Configuration.AddInMemoryCollection(options.Settings);

        var services = builder.Services;
        services.AddSubscriptionTransport(builder.Configuration);
        services.AddGraphQLServer().AddChatSchema();
        services.AddGraphQLWebSockets(sockets =>
        {
            // Keep-alives would interleave with what the tests expect; the keep-alive tests turn them on.
            sockets.KeepAliveInterval = null;
            options.Sockets?.Invoke(sockets);
        });
        services.AddGraphQLServerSentEvents(options.ServerSentEvents);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = TestTokens.ValidationParameters;
        });
        options.Services?.Invoke(services);

        var app = builder.Build();
        app.UseWebSockets();
        app.UseAuthentication();
        app.MapGraphQL("/graphql");
        options.Endpoints?.Invoke(app);
        return new RealtimeTestServer(app, await LoopbackApp.StartAsync(app));
    }

    /// <summary>Waits until <paramref name="count"/> subscribers listen to <paramref name="topic"/> in this instance.</summary>
    public Task WaitForSubscribersAsync(string topic, int count = 1, TimeSpan? timeout = null) =>
        Testing.AsyncStreams.WaitUntilAsync(() => Topics.GetSubscriberCount(topic) == count, $"{count} subscriber(s) listen to {topic}", timeout);

    /// <summary>Waits until this instance has no GraphQL WebSocket connection open.</summary>
    public Task WaitForNoConnectionsAsync() =>
        Testing.AsyncStreams.WaitUntilAsync(() => SocketStatistics.ActiveConnections == 0, "every WebSocket connection closed");

    public async ValueTask DisposeAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(deadline.Token);
        await _app.DisposeAsync();
    }
}
