namespace Meridian.AspNetCore.WebSockets;

/// <summary>Counts of the application's GraphQL WebSocket connections, for health checks, metrics and tests.</summary>
public sealed class SocketStatistics
{
    private long _activeConnections;
    private long _activeOperations;
    private long _slowConsumerAborts;

    public long ActiveConnections => Interlocked.Read(ref _activeConnections);

    /// <summary>Operations (subscriptions, queries, mutations) running over the open connections.</summary>
    public long ActiveOperations => Interlocked.Read(ref _activeOperations);

    /// <summary>Connections aborted because their client stopped reading (see <see cref="GraphQLSocketOptions.SlowConsumerTimeout"/>).</summary>
    public long SlowConsumerAborts => Interlocked.Read(ref _slowConsumerAborts);

    internal void ConnectionOpened() => Interlocked.Increment(ref _activeConnections);

    internal void ConnectionClosed() => Interlocked.Decrement(ref _activeConnections);

    internal void OperationStarted() => Interlocked.Increment(ref _activeOperations);

    internal void OperationEnded() => Interlocked.Decrement(ref _activeOperations);

    internal void SlowConsumerAborted() => Interlocked.Increment(ref _slowConsumerAborts);
}
