using Meridian.Redis;
using Meridian.Redis.Subscriptions;
using StackExchange.Redis;
using Testing;

namespace Meridian.GraphQL.AspNetCore.Tests.Redis;

/// <summary>
/// One redis-server for the Redis tests that do not kill it, and a raw connection to look at what Redis sees.
/// Each test takes its own channel prefix, so tests never see each other's topics.
/// </summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    public RedisServer Server { get; private set; } = null!;

    public IConnectionMultiplexer Raw { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RedisServer.StartAsync();
        Raw = await ConnectionMultiplexer.ConnectAsync(Server.Configuration);
        await WaitUntilConnectedAsync(Raw);
    }

    public async Task DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        Raw.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>
    /// A server instance: its own multiplexer and pub/sub, as a separate process would have. It waits until the
    /// multiplexer is connected: subscribing before that is accepted but only delivers once connected (see
    /// <see cref="RedisPubSub"/>), which a busy machine can make slow enough to lose a test's first events.
    /// </summary>
    public async Task<RedisPubSub> CreateInstanceAsync(string channelPrefix, CollectingLogger<RedisPubSub>? logger = null)
    {
        var connection = CreateConnection();
        var pubSub = new RedisPubSub(connection, new RedisSubscriptionOptions { ChannelPrefix = channelPrefix }, logger: logger);
        _owned.Add(pubSub);
        await WaitUntilConnectedAsync(await connection.GetAsync());
        return pubSub;
    }

    public static async Task WaitUntilConnectedAsync(IConnectionMultiplexer multiplexer) =>
        await AsyncStreams.WaitUntilAsync(() => multiplexer.IsConnected, "the multiplexer connected", TimeSpan.FromSeconds(30));

    public RedisConnectionProvider CreateConnection()
    {
        var connection = new RedisConnectionProvider(Server.Configuration);
        _owned.Add(connection);
        return connection;
    }

    public static string UniquePrefix() => $"test:{Guid.NewGuid():N}:";
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisFixture>
{
    public const string Name = "redis";
}
