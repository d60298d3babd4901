using Microsoft.Extensions.Logging;

namespace Meridian.Subscriptions;

/// <summary>
/// A topic as this process sees it: its local subscribers and, when a transport is used, its connection to it.
/// A topic lives from its first subscriber until its last one leaves or it is completed; then it is closed for good
/// and removed from its registry (a later subscriber opens a new one).
/// </summary>
public abstract class LocalTopic
{
    private readonly TopicRegistry _registry;
    private readonly TaskCompletionSource<IAsyncDisposable?> _connection =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private protected LocalTopic(string name, TopicRegistry registry)
    {
        Name = name;
        _registry = registry;
    }

    public string Name { get; }

    public abstract Type MessageType { get; }

    public abstract int SubscriberCount { get; }

    /// <summary>Ends every subscriber's stream (after what they have buffered) and closes the topic.</summary>
    public abstract void Complete();

    internal Task WhenConnected => _connection.Task;

    internal abstract void PublishUntyped(object? message);

    internal async Task ConnectAsync(ITopicConnector? connector)
    {
        try
        {
            _connection.SetResult(connector is null ? null : await ConnectCoreAsync(connector));
        }
        catch (Exception exception)
        {
            // Subscribers waiting for the connection see the exception; the topic closes.
            _connection.SetException(exception);
            Complete();
        }
    }

    private protected abstract ValueTask<IAsyncDisposable> ConnectCoreAsync(ITopicConnector connector);

    /// <summary>Called exactly once, after the topic closed: forget it and release its transport connection.</summary>
    private protected void OnClosed()
    {
        _registry.Forget(this);
        _ = DisconnectAsync();
    }

    private async Task DisconnectAsync()
    {
        try
        {
            var connection = await _connection.Task;
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
        catch (Exception exception)
        {
            // A failed connection was reported to the subscribers that waited for it; a failed disconnect only to the log.
            _registry.Logger.LogDebug(exception, "Topic '{Topic}' closed after its connection failed or its disconnect threw.", Name);
        }
    }
}
