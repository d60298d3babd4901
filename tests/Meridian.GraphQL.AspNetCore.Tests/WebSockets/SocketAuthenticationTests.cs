using Meridian.AspNetCore.WebSockets;
using Meridian.Execution;
using Meridian.GraphQL.AspNetCore.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Meridian.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The default interceptor: bearer tokens in connection_init, validated with the app's JWT bearer options.</summary>
public sealed class SocketAuthenticationTests(ChatServerFixture fixture) : IClassFixture<ChatServerFixture>
{
    private RealtimeTestServer Server => fixture.Server;

    public static TheoryData<string, string> Parameters => new()
    {
        { "graphql-transport-ws", """{"Authorization":"Bearer {token}"}""" },
        { "graphql-transport-ws", """{"authorization":"{token}"}""" },
        { "graphql-transport-ws", """{"authToken":"{token}"}""" },
        { "graphql-ws", """{"token":"{token}"}""" },
        { "graphql-ws", """{"headers":{"Authorization":"Bearer {token}"}}""" },
    };

    [Theory]
    [MemberData(nameof(Parameters))]
    public async Task A_valid_token_in_connection_init_authenticates_every_operation(string protocol, string parameters)
    {
        await using var client = await SocketTestClient.ConnectAsync(Server.WebSocketUri, protocol);
        var token = TestTokens.Create("ada");

        await client.SendTextAsync($$"""{"type":"connection_init","payload":{{parameters.Replace("{token}", token)}}}""");
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Type);
        await client.SubscribeAsync("1", "{ me }", type: protocol == "graphql-ws" ? "start" : "subscribe");
        await client.SubscribeAsync("2", "{ me }", type: protocol == "graphql-ws" ? "start" : "subscribe");

        var answers = new List<string?>();
        while (answers.Count < 2)
        {
            var frame = await client.ReceiveMessageAsync();
            if (frame.Type is "next" or "data")
            {
                answers.Add(frame.Payload.GetProperty("data").GetProperty("me").GetString());
            }
        }

        Assert.Equal(["ada", "ada"], answers);
    }

    public static TheoryData<string> InvalidTokens => new()
    {
        "not-a-jwt",
        TestTokens.Create("eve", new SymmetricSecurityKey(new byte[64])),
        TestTokens.Create("late", expires: DateTime.UtcNow.AddMinutes(-10)),
    };

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task An_invalid_token_closes_with_4403(string token)
    {
        await using var client = await SocketTestClient.ConnectAsync(Server.WebSocketUri, "graphql-transport-ws");

        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });

        var (status, description, before) = await client.ReceiveCloseAsync();
        Assert.Empty(before);
        Assert.Equal(4403, (int?)status);
        Assert.Equal("Forbidden: the token is not valid.", description);
    }

    [Fact]
    public async Task A_connection_is_closed_with_4403_when_its_token_expires_and_its_subscriptions_end()
    {
        var room = ChatServerFixture.NewRoom();
        await using var client = await SocketTestClient.ConnectAsync(Server.WebSocketUri, "graphql-transport-ws");
        var token = TestTokens.Create("ada", expires: DateTime.UtcNow.AddSeconds(3));
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Type);
        await client.SubscribeToRoomAsync(Server, "s", room);

        var (status, description, _) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, (int?)status);
        Assert.Equal("Forbidden: the token expired", description);
        await Server.WaitForSubscribersAsync(ChatSchema.Topic(room), 0);
    }

    [Fact]
    public async Task An_invalid_token_under_the_legacy_protocol_gets_connection_error_then_4403()
    {
        await using var client = await SocketTestClient.ConnectAsync(Server.WebSocketUri, "graphql-ws");

        await client.SendAsync(new { type = "connection_init", payload = new { authToken = "garbage" } });

        var (status, _, before) = await client.ReceiveCloseAsync();
        var error = Assert.Single(before);
        Assert.Equal("""{"type":"connection_error","payload":{"message":"Forbidden: the token is not valid."}}""", error.Message!.Value.GetRawText());
        Assert.Equal(4403, (int?)status);
    }

    [Fact]
    public async Task Without_a_token_the_connection_is_anonymous()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Server.WebSocketUri);

        await client.SubscribeAsync("1", "{ me }");

        Assert.Equal("""{"data":{"me":null}}""", (await client.ReceiveAsync()).Payload.GetRawText());
    }

    [Fact]
    public async Task The_upgrade_requests_own_authentication_is_used_when_the_payload_has_no_token()
    {
        var token = TestTokens.Create("grace");
        await using var client = await SocketTestClient.ConnectAsync(
            Server.WebSocketUri,
            ["graphql-transport-ws"],
            options => options.SetRequestHeader("Authorization", "Bearer " + token));
        await client.InitAsync();

        await client.SubscribeAsync("1", "{ me }");

        Assert.Equal("""{"data":{"me":"grace"}}""", (await client.ReceiveAsync()).Payload.GetRawText());
    }

    [Fact]
    public async Task A_custom_interceptor_can_refuse_acknowledge_with_a_payload_and_enrich_requests()
    {
        var interceptor = new RecordingInterceptor();
        await using var server = await RealtimeTestServer.StartAsync(o => o.Services = s => s.AddSingleton<ISocketSessionInterceptor>(interceptor));

        await using (var refused = await SocketTestClient.ConnectAsync(server.WebSocketUri, "graphql-transport-ws"))
        {
            await refused.SendAsync(new { type = "connection_init", payload = new { secret = "wrong" } });
            var (status, description, _) = await refused.ReceiveCloseAsync();
            Assert.Equal(4403, (int?)status);
            Assert.Equal("wrong secret", description);
        }

        await using (var client = await SocketTestClient.ConnectAsync(server.WebSocketUri, "graphql-transport-ws"))
        {
            await client.SendAsync(new { type = "connection_init", payload = new { secret = "open sesame" } });
            Assert.Equal("""{"type":"connection_ack","payload":{"welcome":true}}""", (await client.ReceiveAsync()).Message!.Value.GetRawText());
            await client.SubscribeAsync("1", "{ hello }");
            Assert.Equal("next", (await client.ReceiveAsync()).Type);
        }

        await server.WaitForNoConnectionsAsync();
        Assert.Equal(1, interceptor.Requests);
        Assert.Equal(2, interceptor.Closes);
    }

    private sealed class RecordingInterceptor : SocketSessionInterceptor
    {
        private int _requests;
        private int _closes;

        public int Requests => Volatile.Read(ref _requests);

        public int Closes => Volatile.Read(ref _closes);

        public override ValueTask<SocketConnectResult> OnConnectAsync(ISocketConnection connection, CancellationToken cancellationToken) =>
            ValueTask.FromResult(connection.ConnectionParameters?["secret"] as string == "open sesame"
                ? SocketConnectResult.Accept(new Dictionary<string, object?> { ["welcome"] = true })
                : SocketConnectResult.Reject("wrong secret"));

        public override ValueTask OnRequestAsync(ISocketConnection connection, OperationRequestBuilder request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            return ValueTask.CompletedTask;
        }

        public override ValueTask OnCloseAsync(ISocketConnection connection, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _closes);
            return ValueTask.CompletedTask;
        }
    }
}
