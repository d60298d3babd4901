using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Meridian.AspNetCore.WebSockets.Protocols;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Meridian.AspNetCore.WebSockets.Sessions;

/// <summary>
/// One GraphQL WebSocket connection from accept to close: a receive loop that handles the client's messages in
/// order, one writer loop that drains the bounded send queue, the init timeout, keep-alives and the running
/// operations. Whoever closes (client, protocol rule, server shutdown, a stalled reader), the operations are
/// cancelled, the close handshake is bounded in time, and the interceptor hears of it once.
/// </summary>
internal sealed partial class WebSocketSession
{
    private const int InitialReceiveBufferSize = 1024;
    private const int MaxCloseReasonBytes = 123;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(30);

    private readonly WebSocket _socket;
    private readonly GraphQLSocketOptions _options;
    private readonly SocketStatistics _statistics;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource _operationsStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _keepAlive = Task.CompletedTask;
    private Task _authenticationExpiry = Task.CompletedTask;
    private int _runningOperations;
    private int _closing;

    public WebSocketSession(
        WebSocket socket,
        SocketProtocol protocol,
        SocketConnection connection,
        GraphQLEndpoint endpoint,
        IRequestExecutor executor,
        ISocketSessionInterceptor interceptor,
        GraphQLSocketOptions options,
        SocketStatistics statistics,
        ILogger logger)
    {
        _socket = socket;
        _options = options;
        _statistics = statistics;
        Protocol = protocol;
        Connection = connection;
        Endpoint = endpoint;
        Executor = executor;
        Interceptor = interceptor;
        Logger = logger;
        ScopeFactory = connection.HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>();
        Queue = new SocketSendQueue(options.SendQueueCapacity, options.SlowConsumerTimeout);
    }

    public SocketProtocol Protocol { get; }

    public SocketConnection Connection { get; }

    public GraphQLEndpoint Endpoint { get; }

    public IRequestExecutor Executor { get; }

    public ISocketSessionInterceptor Interceptor { get; }

    public ILogger Logger { get; }

    public IServiceScopeFactory ScopeFactory { get; }

    public SocketSendQueue Queue { get; }

    public SocketOperationRegistry Operations { get; } = new();

    private bool IsClosing => Volatile.Read(ref _closing) == 1;

    public async Task RunAsync()
    {
        _statistics.ConnectionOpened();
        var writing = Queue.RunAsync(_socket);
        var initTimeout = CloseUnlessAcknowledgedAsync();
        try
        {
            var receiving = ReceiveLoopAsync();
            if (await Task.WhenAny(receiving, writing).ConfigureAwait(false) == writing)
            {
                // The server sent its close frame (or the writer aborted the socket): let the client answer it, briefly.
                if (await Task.WhenAny(receiving, Task.Delay(_options.CloseHandshakeTimeout)).ConfigureAwait(false) != receiving)
                {
                    _socket.Abort();
                }

                await receiving.ConfigureAwait(false);
            }
            else
            {
                // The client closed first (or vanished): answer with its own status.
                BeginClose(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, _socket.CloseStatusDescription);
                await writing.ConfigureAwait(false);
            }
        }
        finally
        {
            BeginClose(WebSocketCloseStatus.NormalClosure, null);
            if (Queue.AbortedSlowConsumer)
            {
                _statistics.SlowConsumerAborted();
                Logger.LogWarning("Aborted a GraphQL WebSocket connection whose client stopped reading for {Timeout}.", _options.SlowConsumerTimeout);
            }

            await WhenOperationsStoppedAsync().ConfigureAwait(false);
            await initTimeout.ConfigureAwait(false);
            await _keepAlive.ConfigureAwait(false);
            await _authenticationExpiry.ConfigureAwait(false);
            await NotifyClosedAsync().ConfigureAwait(false);
            _statistics.ConnectionClosed();
            _lifetime.Dispose();
        }
    }

    /// <summary>
    /// Starts closing: stops timers and operations and lets the writer send what is queued, then the close frame.
    /// The first call's status wins; later calls do nothing.
    /// </summary>
    public void BeginClose(WebSocketCloseStatus status, string? reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        _lifetime.Cancel();
        Operations.CancelAll();
        Queue.Complete(status, TruncateReason(reason));
    }

    public void OperationStarted()
    {
        Interlocked.Increment(ref _runningOperations);
        _statistics.OperationStarted();
    }

    public void OperationEnded()
    {
        _statistics.OperationEnded();
        if (Interlocked.Decrement(ref _runningOperations) == 0 && IsClosing)
        {
            _operationsStopped.TrySetResult();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialReceiveBufferSize);
        try
        {
            while (true)
            {
                var length = 0;
                var tooLarge = false;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        if (length >= _options.MaxIncomingMessageSize)
                        {
                            // Read the rest of the message without keeping it, then refuse it.
                            tooLarge = true;
                            length = 0;
                        }
                        else
                        {
                            buffer = Grow(buffer, length);
                        }
                    }

                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (IsClosing)
                {
                    // Closing: wait for the client's close frame, ignoring what comes before it.
                    continue;
                }

                if (tooLarge || length > _options.MaxIncomingMessageSize)
                {
                    BeginClose(WebSocketCloseStatus.MessageTooBig, "Message too big");
                    continue;
                }

                await HandleMessageAsync(buffer.AsMemory(0, length)).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // The connection was lost or aborted.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private byte[] Grow(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, Math.Max(_options.MaxIncomingMessageSize, length + 1)));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private async Task CloseUnlessAcknowledgedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!IsAcknowledged)
        {
            BeginClose(SocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private async Task CloseWhenAuthenticationLapsesAsync(DateTimeOffset expires)
    {
        try
        {
            // Task.Delay takes at most about 49 days at once.
            TimeSpan remaining;
            while ((remaining = expires - DateTimeOffset.UtcNow) > TimeSpan.Zero)
            {
                await Task.Delay(remaining < MaxDelay ? remaining : MaxDelay, _lifetime.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Logger.LogInformation("Closing a GraphQL WebSocket connection whose authentication expired.");
        BeginClose(SocketCloseCodes.Forbidden, "Forbidden: the token expired");
    }

    private async Task KeepAliveAsync(TimeSpan interval)
    {
        if (Protocol.SendsKeepAliveOnAck)
        {
            Queue.TryEnqueue(Protocol.KeepAlive);
        }

        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_lifetime.Token).ConfigureAwait(false))
            {
                Queue.TryEnqueue(Protocol.KeepAlive);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection is closing.
        }
    }

    private async Task WhenOperationsStoppedAsync()
    {
        if (Volatile.Read(ref _runningOperations) == 0)
        {
            return;
        }

        try
        {
            await _operationsStopped.Task.WaitAsync(_options.CloseHandshakeTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Logger.LogWarning("GraphQL WebSocket operations did not stop within {Timeout} of their connection closing.", _options.CloseHandshakeTimeout);
        }
    }

    private async Task NotifyClosedAsync()
    {
        try
        {
            await Interceptor.OnCloseAsync(Connection, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Logger.LogError(exception, "The socket session interceptor failed in OnCloseAsync.");
        }
    }

    private static string? TruncateReason(string? reason)
    {
        if (reason is null || Encoding.UTF8.GetByteCount(reason) <= MaxCloseReasonBytes)
        {
            return reason;
        }

        var end = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, end)) > MaxCloseReasonBytes - 3)
        {
            end--;
        }

        return reason[..end] + "…";
    }
}
