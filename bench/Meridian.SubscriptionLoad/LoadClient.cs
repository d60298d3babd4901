using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Meridian.SubscriptionLoad;

/// <summary>
/// One subscriber: a raw WebSocket that initialises (graphql-transport-ws), subscribes and then only records the
/// time each <c>next</c> message arrives. Nothing is parsed on arrival, so the client adds as little as it can to
/// the delay being measured.
/// </summary>
internal sealed class LoadClient : IAsyncDisposable
{
    private static readonly byte[] Init = Encoding.UTF8.GetBytes("""{"type":"connection_init"}""");
    private static readonly byte[] NextMarker = Encoding.UTF8.GetBytes("\"type\":\"next\"");

    private readonly ClientWebSocket _socket = new();
    private readonly RoundCounter _rounds;
    private Task _reading = Task.CompletedTask;

    public LoadClient(RoundCounter rounds)
    {
        _rounds = rounds;
        _socket.Options.AddSubProtocol("graphql-transport-ws");
    }

    /// <summary>When this client last received an event (a <see cref="Stopwatch"/> timestamp).</summary>
    public long LastReceived { get; private set; }

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(uri, cancellationToken);
        await SendAsync(Init, cancellationToken);
        var buffer = new byte[256];
        var ack = await _socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
        if (!Encoding.UTF8.GetString(buffer, 0, ack.Count).Contains("connection_ack", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The server did not acknowledge the connection.");
        }

        _reading = ReadAsync();
    }

    public Task SubscribeAsync(string id, string query, CancellationToken cancellationToken) =>
        SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { id, type = "subscribe", payload = new { query } }), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, deadline.Token);
                await _reading.WaitAsync(deadline.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
            }
        }

        _socket.Abort();
        _socket.Dispose();
    }

    private Task SendAsync(byte[] message, CancellationToken cancellationToken) =>
        _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private async Task ReadAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    // Events here are small; a larger message is not an event of the harness.
                    length = 0;
                }

                var result = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                var arrived = Stopwatch.GetTimestamp();
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                length += result.Count;
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (buffer.AsSpan(0, length).IndexOf(NextMarker) >= 0)
                {
                    LastReceived = arrived;
                    _rounds.Received();
                }

                length = 0;
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The harness closed the connection.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
