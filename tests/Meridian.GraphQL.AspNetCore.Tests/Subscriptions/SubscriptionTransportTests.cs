using Meridian.AspNetCore.Subscriptions;
using Meridian.Redis.Subscriptions;
using Meridian.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.AspNetCore.Tests.Subscriptions;

/// <summary>AddSubscriptionTransport picks the pub/sub from configuration.</summary>
public sealed class SubscriptionTransportTests
{
    private const string Redis = "127.0.0.1:1,abortConnect=false";

    [Fact]
    public async Task Without_redis_configuration_events_stay_in_process()
    {
        await using var services = Build([]);

        Assert.IsType<InMemoryPubSub>(services.GetRequiredService<ITopicEventSender>());
        Assert.Same(services.GetRequiredService<ITopicEventSender>(), services.GetRequiredService<ITopicEventReceiver>());
    }

    [Fact]
    public async Task A_redis_configuration_selects_redis()
    {
        await using var services = Build(new() { ["Redis:Configuration"] = Redis });

        Assert.IsType<RedisPubSub>(services.GetRequiredService<ITopicEventSender>());
        Assert.Same(services.GetRequiredService<ITopicEventSender>(), services.GetRequiredService<ITopicEventReceiver>());
    }

    [Fact]
    public async Task The_transport_can_be_forced_to_in_process_despite_a_redis_configuration()
    {
        await using var services = Build(new() { ["Redis:Configuration"] = Redis, ["Subscriptions:Transport"] = "InMemory" });

        Assert.IsType<InMemoryPubSub>(services.GetRequiredService<ITopicEventReceiver>());
    }

    [Fact]
    public void Requiring_redis_without_its_configuration_fails_at_startup_with_a_clear_message()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Subscriptions:Transport"] = "Redis" }));

        Assert.Equal("Subscriptions:Transport is Redis, but Redis:Configuration is not set.", exception.Message);
    }

    [Fact]
    public async Task The_subscriber_buffer_is_configurable()
    {
        await using var services = Build(new() { ["Subscriptions:BufferCapacity"] = "8", ["Subscriptions:BufferFullMode"] = "Close" });

        var buffer = services.GetRequiredService<InMemoryPubSub>().Topics.DefaultBuffer;
        Assert.Equal(new SubscriptionBufferOptions { Capacity = 8, FullMode = SubscriptionBufferFullMode.Close }, buffer);
    }

    [Theory]
    [InlineData(null, null, SubscriptionTransportKind.InMemory)]
    [InlineData(Redis, null, SubscriptionTransportKind.Redis)]
    [InlineData(Redis, "InMemory", SubscriptionTransportKind.InMemory)]
    [InlineData(Redis, "Auto", SubscriptionTransportKind.Redis)]
    public void The_selected_transport_is_reported_as_it_is_registered(string? redis, string? transport, SubscriptionTransportKind expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Redis:Configuration"] = redis, ["Subscriptions:Transport"] = transport })
            .Build();

        Assert.Equal(expected, SubscriptionTransportServiceCollectionExtensions.SelectTransport(configuration));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSubscriptionTransport(configuration).BuildServiceProvider();
    }
}
