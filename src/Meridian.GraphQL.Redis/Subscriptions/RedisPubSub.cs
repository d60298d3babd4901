using System.Collections.Concurrent;
using Meridian.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Meridian.Redis.Subscriptions;

/// <summary>
/// Topic pub/sub across server instances through Redis. Each instance subscribes once per topic to the channel
/// <c>{ChannelPrefix}{topic}</c> and fans events out to its local subscribers; an event is serialized once when sent
/// and deserialized once per instance. When Redis comes back after an outage, every topic's subscription is probed
/// end to end and re-established if the client lost it.
/// </summary>
/// <remarks>
/// Redis pub/sub delivers at most once. While Redis cannot be reached (or before the first connection is made),
/// subscribing still succeeds: the stream starts delivering when the connection is up, and events sent meanwhile are
/// lost. Sending while Redis cannot be reached throws the client's exception. Events of a topic reach its subscribers
/// in the order Redis delivered them as long as the multiplexer keeps <c>PreserveAsyncOrder</c> (its default).
/// </remarks>
public sealed class RedisPubSub : ITopicEventSender, ITopicEventReceiver, IAsyncDisposable, IDisposable
{
    private const int RestoreCheckAttempts = 8;
    private static readonly TimeSpan MaxRestorePause = TimeSpan.FromSeconds(5);

    private readonly RedisConnectionProvider _connection;
    private readonly RedisSubscriptionOptions _options;
    private readonly ConcurrentDictionary<IRedisTopicBinding, byte> _bindings = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _probes = new();
    private readonly SemaphoreSlim _verifying = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Guid _instance = Guid.NewGuid();
    private IConnectionMultiplexer? _observed;
    private long _lastProbe;
    private int _disposed;

    public RedisPubSub(
        RedisConnectionProvider connection,
        RedisSubscriptionOptions? options = null,
        IMessageSerializer? serializer = null,
        ILogger<RedisPubSub>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _options = options ?? new RedisSubscriptionOptions();
        Serializer = serializer ?? JsonMessageSerializer.Default;
        Logger = logger ?? (ILogger)NullLogger.Instance;
        Topics = new TopicRegistry(_options.DefaultBuffer, new RedisTopicConnector(this), Logger);
    }

    /// <summary>The topics that have subscribers in this instance.</summary>
    public TopicRegistry Topics { get; }

    internal IMessageSerializer Serializer { get; }

    internal ILogger Logger { get; }

    /// <summary>Publishes to every instance. Throws the Redis client's exception when Redis cannot be reached.</summary>
    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        await PublishAsync(ChannelOf(topic), RedisFrame.ForMessage(Serializer, message), cancellationToken);
    }

    public async ValueTask CompleteAsync(string topic)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        await PublishAsync(ChannelOf(topic), RedisFrame.CompletionFrame, CancellationToken.None);
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic,
        SubscriptionBufferOptions? buffer = null,
        CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        return Topics.SubscribeAsync<TMessage>(topic, buffer, cancellationToken);
    }

    /// <summary>
    /// Proves that each topic's channel subscription delivers, by publishing a probe that only this instance acts on;
    /// re-subscribes the topics whose probe does not come back. Runs by itself after every reconnect; a health check
    /// may call it too. Throws the Redis client's exception when Redis cannot be reached.
    /// </summary>
    public async Task<RedisSubscriptionCheck> VerifySubscriptionsAsync(CancellationToken cancellationToken = default)
    {
        await _verifying.WaitAsync(cancellationToken);
        try
        {
            var subscriber = (await GetMultiplexerAsync(cancellationToken)).GetSubscriber();
            var topics = _bindings.Keys.ToList();
            var pending = topics;
            var resubscribed = new HashSet<IRedisTopicBinding>();
            for (var attempt = 0; ; attempt++)
            {
                var answered = await Task.WhenAll(pending.Select(binding => ProbeAsync(subscriber, binding, cancellationToken)));
                pending = pending.Where((binding, index) => !answered[index] && !binding.IsDetached).ToList();
                if (pending.Count == 0 || attempt == _options.RepairAttempts)
                {
                    break;
                }

                Logger.LogWarning(
                    "{Count} Redis topic subscriptions did not deliver a probe; re-subscribing them (attempt {Attempt}).",
                    pending.Count,
                    attempt + 1);
                await Task.WhenAll(pending.Select(binding => binding.ReattachAsync()));
                resubscribed.UnionWith(pending);
            }

            if (pending.Count > 0)
            {
                Logger.LogError(
                    "{Count} Redis topic subscriptions still do not deliver after {Attempts} attempts, for example {Channel}.",
                    pending.Count,
                    _options.RepairAttempts,
                    (string?)pending[0].Channel);
            }

            return new RedisSubscriptionCheck(topics.Count, resubscribed.Count, pending.Count);
        }
        finally
        {
            _verifying.Release();
        }
    }

    /// <summary>Ends every local subscriber's stream and unsubscribes from Redis. The connection is not closed here.</summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        if (Interlocked.Exchange(ref _observed, null) is { } multiplexer)
        {
            multiplexer.ConnectionFailed -= OnConnectionFailed;
            multiplexer.ConnectionRestored -= OnConnectionRestored;
        }

        Topics.CompleteAll();
    }

    internal RedisChannel ChannelOf(string topic) =>
        new(_options.ChannelPrefix + topic, RedisChannel.PatternMode.Literal);

    internal async ValueTask<IConnectionMultiplexer> GetMultiplexerAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await _connection.GetAsync(cancellationToken);
        if (Volatile.Read(ref _disposed) == 0 && Interlocked.CompareExchange(ref _observed, multiplexer, null) is null)
        {
            multiplexer.ConnectionFailed += OnConnectionFailed;
            multiplexer.ConnectionRestored += OnConnectionRestored;
        }

        return multiplexer;
    }

    internal void Remember(IRedisTopicBinding binding) => _bindings.TryAdd(binding, 0);

    internal void Forget(IRedisTopicBinding binding) => _bindings.TryRemove(binding, out _);

    internal void OnProbe(ReadOnlySpan<byte> frame)
    {
        if (RedisFrame.TryReadProbe(frame, out var instance, out var probe)
            && instance == _instance
            && _probes.TryRemove(probe, out var answered))
        {
            answered.TrySetResult();
        }
    }

    private async Task<bool> ProbeAsync(ISubscriber subscriber, IRedisTopicBinding binding, CancellationToken cancellationToken)
    {
        var probe = Interlocked.Increment(ref _lastProbe);
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _probes[probe] = answered;
        try
        {
            await subscriber.PublishAsync(binding.Channel, RedisFrame.ForProbe(_instance, probe)).WaitAsync(cancellationToken);
            await answered.Task.WaitAsync(_options.ProbeTimeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            _probes.TryRemove(probe, out _);
        }
    }

    private async ValueTask PublishAsync(RedisChannel channel, byte[] frame, CancellationToken cancellationToken)
    {
        var multiplexer = await GetMultiplexerAsync(cancellationToken);
        await multiplexer.GetSubscriber().PublishAsync(channel, frame).WaitAsync(cancellationToken);
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            Logger.LogWarning(
                e.Exception,
                "Redis subscription connection to {EndPoint} failed ({FailureType}); {Count} topics wait for it to come back.",
                e.EndPoint,
                e.FailureType,
                _bindings.Count);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }

        Logger.LogInformation(
            "Redis subscription connection to {EndPoint} restored; verifying {Count} topic subscriptions.",
            e.EndPoint,
            _bindings.Count);
        _ = VerifyAfterRestoreAsync();
    }

    /// <summary>
    /// Checks the subscriptions once the connection settled. The subscription connection may be back before the one
    /// that publishes probes, so a check that cannot reach Redis is retried with growing pauses, a bounded number of times.
    /// </summary>
    private async Task VerifyAfterRestoreAsync()
    {
        var pause = _options.RestoreSettleDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Task.Delay(pause, _stopping.Token);
                var check = await VerifySubscriptionsAsync(_stopping.Token);
                Logger.LogInformation(
                    "Verified {Topics} Redis topic subscriptions after reconnecting: {Resubscribed} re-subscribed, {Unresponsive} unresponsive.",
                    check.Topics,
                    check.Resubscribed,
                    check.Unresponsive);
                return;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (attempt < RestoreCheckAttempts)
            {
                Logger.LogDebug(exception, "Redis is not ready to verify the topic subscriptions yet (attempt {Attempt}).", attempt);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2 + TimeSpan.TicksPerMillisecond, MaxRestorePause.Ticks));
            }
            catch (Exception exception)
            {
                Logger.LogWarning(exception, "Could not verify the Redis topic subscriptions after reconnecting; the next reconnect tries again.");
                return;
            }
        }
    }
}
