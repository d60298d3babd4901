using StackExchange.Redis;

namespace Meridian.GraphQL.AspNetCore.Tests.Redis;

/// <summary>What Redis itself reports, asked through a connection that is not the one under test.</summary>
internal static class RedisInspection
{
    /// <summary>How many client connections are subscribed to <paramref name="channel"/> (PUBSUB NUMSUB).</summary>
    /// <remarks>Retries while the inspecting connection itself is reconnecting after a restart.</remarks>
    public static async Task<long> SubscriberCountAsync(this IConnectionMultiplexer raw, string channel)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            try
            {
                var reply = (RedisResult[])(await raw.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", channel))!;
                return (long)reply[1];
            }
            catch (RedisConnectionException) when (!deadline.IsCancellationRequested)
            {
                await Task.Delay(50, deadline.Token);
            }
        }
    }

    public static async Task<long> SubscriberCountAsync(this RedisFixture fixture, string channel) =>
        await fixture.Raw.SubscriberCountAsync(channel);
}
