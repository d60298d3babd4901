namespace Meridian.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>One default test server shared by a test class; tests keep apart by using rooms of their own.</summary>
public sealed class ChatServerFixture : IAsyncLifetime
{
    internal RealtimeTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await RealtimeTestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A room no other test uses.</summary>
    public static string NewRoom() => "r" + Guid.NewGuid().ToString("N")[..8];
}
