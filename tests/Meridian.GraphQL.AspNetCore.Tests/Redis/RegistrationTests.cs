using Meridian.PersistedOperations;
using Meridian.Redis;
using Meridian.Redis.PersistedOperations;
using Meridian.Redis.Subscriptions;
using Meridian.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Testing;

namespace Meridian.GraphQL.AspNetCore.Tests.Redis;

[Collection(RedisCollection.Name)]
public sealed class RegistrationTests(RedisFixture redis)
{
    [Fact]
    public async Task In_memory_subscriptions_are_one_singleton_for_sending_and_receiving()
    {
        await using var services = new ServiceCollection().AddInMemorySubscriptions().BuildServiceProvider();

        var sender = services.GetRequiredService<ITopicEventSender>();
        var receiver = services.GetRequiredService<ITopicEventReceiver>();

        Assert.IsType<InMemoryPubSub>(sender);
        Assert.Same(sender, receiver);
        await using var stream = await receiver.SubscribeAsync<string>("di");
        await sender.SendAsync("di", "wired");
        Assert.Equal(["wired"], await stream.ReadEventsAsync().TakeAsync(1));
    }

    [Fact]
    public async Task Redis_subscriptions_replace_in_memory_ones_and_share_one_connection_with_the_document_store()
    {
        var prefix = RedisFixture.UniquePrefix();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddInMemorySubscriptions()
            .AddRedisSubscriptions(redis.Server.Configuration, options => options.ChannelPrefix = prefix)
            .AddRedisOperationDocumentStorage(redis.Server.Configuration, options => options.KeyPrefix = prefix)
            .BuildServiceProvider();

        var sender = services.GetRequiredService<ITopicEventSender>();
        Assert.IsType<RedisPubSub>(sender);
        Assert.Same(sender, services.GetRequiredService<ITopicEventReceiver>());
        Assert.IsType<RedisOperationDocumentStorage>(services.GetRequiredService<IOperationDocumentStorage>());
        Assert.Single(services.GetServices<RedisConnectionProvider>());

        await RedisFixture.WaitUntilConnectedAsync(await services.GetRequiredService<RedisConnectionProvider>().GetAsync());
        await using var stream = await services.GetRequiredService<ITopicEventReceiver>().SubscribeAsync<string>("di");
        Assert.Equal(1, await redis.SubscriberCountAsync(prefix + "di"));
        await sender.SendAsync("di", "through redis");
        Assert.Equal(["through redis"], await stream.ReadEventsAsync().TakeAsync(1));
    }

    [Fact]
    public async Task An_application_owned_multiplexer_is_used_and_left_open()
    {
        var prefix = RedisFixture.UniquePrefix();
        using var multiplexer = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);
        await RedisFixture.WaitUntilConnectedAsync(multiplexer);
        var services = new ServiceCollection()
            .AddRedisSubscriptions(_ => multiplexer, options => options.ChannelPrefix = prefix)
            .BuildServiceProvider();

        var receiver = services.GetRequiredService<ITopicEventReceiver>();
        var stream = await receiver.SubscribeAsync<int>("owned");
        await services.GetRequiredService<ITopicEventSender>().SendAsync("owned", 5);
        Assert.Equal([5], await stream.ReadEventsAsync().TakeAsync(1));

        await services.DisposeAsync();

        Assert.Empty(await stream.ReadEventsAsync().ReadToEndAsync());
        Assert.True(multiplexer.IsConnected);
    }

    [Fact]
    public void Persisted_document_stores_register_and_replace_each_other()
    {
        var folder = Path.Combine(Path.GetTempPath(), "meridian-di-" + Guid.NewGuid().ToString("N"));
        using var inMemory = new ServiceCollection().AddInMemoryOperationDocumentStorage(capacity: 10).BuildServiceProvider();
        using var fileSystem = new ServiceCollection()
            .AddInMemoryOperationDocumentStorage()
            .AddFileSystemOperationDocumentStorage(folder)
            .BuildServiceProvider();

        Assert.Equal(10, Assert.IsType<InMemoryOperationDocumentStorage>(inMemory.GetRequiredService<IOperationDocumentStorage>()).Capacity);
        Assert.Equal(folder, Assert.IsType<FileSystemOperationDocumentStorage>(fileSystem.GetRequiredService<IOperationDocumentStorage>()).Folder);
        Assert.Single(fileSystem.GetServices<IOperationDocumentStorage>());
    }
}
