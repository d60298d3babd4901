using Meridian.GraphQL.AspNetCore.Tests.Hosting;

namespace Meridian.GraphQL.AspNetCore.Tests.WebSockets;

public sealed class SubprotocolNegotiationTests(ChatServerFixture fixture) : IClassFixture<ChatServerFixture>
{
    [Theory]
    [InlineData(new[] { "graphql-transport-ws" }, "graphql-transport-ws")]
    [InlineData(new[] { "graphql-ws" }, "graphql-ws")]
    [InlineData(new[] { "graphql-ws", "graphql-transport-ws" }, "graphql-transport-ws")]
    [InlineData(new[] { "chat", "graphql-ws" }, "graphql-ws")]
    public async Task The_server_speaks_the_preferred_subprotocol_the_client_offers(string[] offered, string expected)
    {
        await using var client = await SocketTestClient.ConnectAsync(fixture.Server.WebSocketUri, offered);

        Assert.Equal(expected, client.SubProtocol);
        await client.InitAsync();
    }

    [Theory]
    [InlineData("chat")]
    [InlineData("")]
    public async Task A_client_offering_no_known_subprotocol_is_closed_with_4406(string offered)
    {
        await using var client = await SocketTestClient.ConnectAsync(fixture.Server.WebSocketUri, offered.Split(',', StringSplitOptions.RemoveEmptyEntries));

        var (status, description, before) = await client.ReceiveCloseAsync();

        Assert.Null(client.SubProtocol);
        Assert.Empty(before);
        Assert.Equal(4406, (int?)status);
        Assert.Equal("Subprotocol not acceptable", description);
    }
}
