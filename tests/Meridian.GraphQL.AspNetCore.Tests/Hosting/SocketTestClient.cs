using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Meridian.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>What the client read next: a message, the server's close, or the connection's failure.</summary>
internal sealed record ReceivedFrame(JsonElement? Message, WebSocketCloseStatus? CloseStatus, string? CloseDescription, Exception? Failure = null)
{
    public string? Type => Message?.GetProperty("type").GetString();

    public string? Id => Message is { } message && message.TryGetProperty("id", out var id) ? id.GetString() : null;

    public JsonElement Payload => Message!.Value.GetProperty("payload");

    public override string ToString() =>
        Message?.GetRawText() ?? (Failure is null ? $"close {(int?)CloseStatus} {CloseDescription}" : $"failure {Failure.GetType().Name}");
}

/// <summary>
/// A raw <see cref="ClientWebSocket"/> speaking GraphQL over WebSocket by hand. A background loop reads frames into
/// a queue (cancelling a WebSocket receive would abort the socket), so every wait here is bounded without harm.
/// </summary>
internal sealed class SocketTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Channel<ReceivedFrame> _frames = Channel.CreateUnbounded<ReceivedFrame>();
    private Task? _reading;

    private SocketTestClient(ClientWebSocket socket)
    {
        Socket = socket;
    }

    public ClientWebSocket Socket { get; }

    public string? SubProtocol => Socket.SubProtocol;

    public static async Task<SocketTestClient> ConnectAsync(Uri uri, params string[] protocols) =>
        await ConnectAsync(uri, protocols, null);

    /// <param name="read">False to leave the socket unread until <see cref="StartReading"/> (a stalled client).</param>
    public static async Task<SocketTestClient> ConnectAsync(Uri uri, string[] protocols, Action<ClientWebSocketOptions>? configure, bool read = true)
    {
        var socket = new ClientWebSocket();
        foreach (var protocol in protocols)
        {
            socket.Options.AddSubProtocol(protocol);
        }

        configure?.Invoke(socket.Options);
        using var deadline = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(uri, deadline.Token);
        var client = new SocketTestClient(socket);
        if (read)
        {
            client.StartReading();
        }

        return client;
    }

    /// <summary>Connects and gets the connection acknowledged.</summary>
    public static async Task<SocketTestClient> ConnectAndInitAsync(Uri uri, string protocol = "graphql-transport-ws", object? parameters = null)
    {
        var client = await ConnectAsync(uri, protocol);
        await client.InitAsync(parameters);
        return client;
    }

    public void StartReading() => _reading ??= ReadLoopAsync();

    public async Task InitAsync(object? parameters = null)
    {
        await SendAsync(parameters is null ? new { type = "connection_init" } : new { type = "connection_init", payload = parameters });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.Type);
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, deadline.Token);
    }

    public Task SubscribeAsync(string id, string query, object? variables = null, string type = "subscribe") =>
        SendAsync(new { id, type, payload = new { query, variables } });

    /// <summary>Subscribes to the messages of <paramref name="room"/> and waits until <paramref name="server"/> listens.</summary>
    public async Task SubscribeToRoomAsync(RealtimeTestServer server, string id, string room, string type = "subscribe")
    {
        await SubscribeAsync(id, $"subscription {{ messageAdded(room: \"{room}\") {{ text }} }}", type: type);
        await server.WaitForSubscribersAsync(ChatSchema.Topic(room));
    }

    /// <summary>The next message, close or failure; a <see cref="TimeoutException"/> if none arrives in time.</summary>
    public async Task<ReceivedFrame> ReceiveAsync(TimeSpan? timeout = null)
    {
        StartReading();
        using var deadline = new CancellationTokenSource(timeout ?? Timeout);
        try
        {
            return await _frames.Reader.ReadAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException("No message or close arrived in time.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("The connection already ended.");
        }
    }

    /// <summary>The next message, skipping keep-alives; fails on a close.</summary>
    public async Task<ReceivedFrame> ReceiveMessageAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var frame = await ReceiveAsync(timeout);
            Assert.True(frame.Message is not null, $"Expected a message, got {frame}.");
            if (frame.Type is not ("ka" or "ping"))
            {
                return frame;
            }
        }
    }

    /// <summary>Reads until the server closes; returns its close and the messages before it.</summary>
    public async Task<(WebSocketCloseStatus? Status, string? Description, List<ReceivedFrame> Before)> ReceiveCloseAsync(TimeSpan? timeout = null)
    {
        var before = new List<ReceivedFrame>();
        while (true)
        {
            var frame = await ReceiveAsync(timeout);
            Assert.Null(frame.Failure);
            if (frame.Message is null)
            {
                return (frame.CloseStatus, frame.CloseDescription, before);
            }

            before.Add(frame);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, deadline.Token);
                if (_reading is not null)
                {
                    await _reading.WaitAsync(deadline.Token);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
            }
        }

        Socket.Abort();
        Socket.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await Socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _frames.Writer.TryWrite(new ReceivedFrame(null, Socket.CloseStatus, Socket.CloseStatusDescription));
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    using var document = JsonDocument.Parse(message.ToArray());
                    _frames.Writer.TryWrite(new ReceivedFrame(document.RootElement.Clone(), null, null));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            _frames.Writer.TryWrite(new ReceivedFrame(null, null, null, exception));
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }
}
