using System.Net.WebSockets;
using System.Threading.Channels;
using Meridian.AspNetCore.Streaming;

namespace Meridian.AspNetCore.WebSockets.Sessions;

/// <summary>
/// The bounded queue of one connection's outgoing messages and the single loop that writes them to the socket (a
/// WebSocket allows one send at a time). Backpressure policy:
/// <list type="bullet">
/// <item>Producers wait while the queue is full, so a connection holds at most <c>capacity</c> serialized messages.
/// A subscription that waits stops reading its source stream, whose bounded subscription buffer then drops its
/// oldest events: a slow reader sees the latest events, and the server's memory stays bounded.</item>
/// <item>A message the socket does not take within the slow-consumer timeout (the client stopped reading and the
/// TCP buffers are full) aborts the connection; the close frame is bounded the same way.</item>
/// </list>
/// </summary>
internal sealed class SocketSendQueue
{
    private readonly Channel<OutgoingFrame> _frames;
    private readonly TimeSpan _slowConsumerTimeout;
    private WebSocketCloseStatus _closeStatus = WebSocketCloseStatus.NormalClosure;
    private string? _closeReason;
    private int _completed;

    public SocketSendQueue(int capacity, TimeSpan slowConsumerTimeout)
    {
        _frames = Channel.CreateBounded<OutgoingFrame>(new BoundedChannelOptions(Math.Max(1, capacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
        _slowConsumerTimeout = slowConsumerTimeout;
    }

    /// <summary>True when the writer gave up on a client that stopped reading.</summary>
    public bool AbortedSlowConsumer { get; private set; }

    /// <summary>Queues a frame, waiting for room. False (and the frame released) once the queue is closing.</summary>
    public async ValueTask<bool> EnqueueAsync(OutgoingFrame frame, CancellationToken cancellationToken = default)
    {
        try
        {
            await _frames.Writer.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ChannelClosedException)
        {
            frame.Release();
            return false;
        }
        catch (OperationCanceledException)
        {
            frame.Release();
            throw;
        }
    }

    /// <summary>Queues a frame if there is room now (keep-alives: a full queue already shows the connection is busy).</summary>
    public bool TryEnqueue(OutgoingFrame frame)
    {
        if (_frames.Writer.TryWrite(frame))
        {
            return true;
        }

        frame.Release();
        return false;
    }

    /// <summary>
    /// Accepts no more frames: the writer sends those already queued, then a close frame with this status (the first
    /// completion's status wins).
    /// </summary>
    public void Complete(WebSocketCloseStatus status, string? reason)
    {
        if (Interlocked.Exchange(ref _completed, 1) == 0)
        {
            _closeStatus = status;
            _closeReason = reason;
            _frames.Writer.TryComplete();
        }
    }

    /// <summary>Writes frames until the queue completes, then closes the socket's output; aborts it on failure.</summary>
    public async Task RunAsync(WebSocket socket)
    {
        var reader = _frames.Reader;
        using var deadline = new CancellationTokenSource();
        try
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var frame))
                {
                    try
                    {
                        deadline.CancelAfter(_slowConsumerTimeout);
                        await socket.SendAsync(frame.Memory, WebSocketMessageType.Text, endOfMessage: true, deadline.Token).ConfigureAwait(false);
                    }
                    finally
                    {
                        frame.Release();
                    }

                    ResetDeadline(deadline);
                }
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                deadline.CancelAfter(_slowConsumerTimeout);
                await socket.CloseOutputAsync(_closeStatus, _closeReason, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            // Either the deadline passed (the client stopped reading) or the connection is gone; the receive loop
            // sees the aborted socket and ends the session.
            AbortedSlowConsumer = deadline.IsCancellationRequested;
            socket.Abort();
        }
        finally
        {
            Complete(WebSocketCloseStatus.NormalClosure, null);
            while (reader.TryRead(out var frame))
            {
                frame.Release();
            }
        }
    }

    private static void ResetDeadline(CancellationTokenSource deadline)
    {
        // A source that was not cancelled is reset in place: no allocation per message.
        if (!deadline.TryReset())
        {
            throw new OperationCanceledException(deadline.Token);
        }
    }
}
