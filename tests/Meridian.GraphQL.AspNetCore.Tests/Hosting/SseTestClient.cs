using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Meridian.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>One server-sent event: its type (<c>comment</c> for a comment line) and data.</summary>
internal sealed record ServerSentEvent(string Event, string Data)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement.Clone();

    public override string ToString() => $"{Event}: {Data}";
}

/// <summary>Reads an event stream from <see cref="HttpClient"/> as it arrives, every wait bounded.</summary>
internal sealed class SseTestClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseTestClient(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response => _response;

    public static Task<SseTestClient> PostAsync(HttpClient http, Uri uri, string body, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return SendAsync(http, request, bearer);
    }

    public static Task<SseTestClient> GetAsync(HttpClient http, Uri uri, string query) =>
        SendAsync(http, new HttpRequestMessage(HttpMethod.Get, uri + "?" + query), null);

    public static async Task<SseTestClient> SendAsync(HttpClient http, HttpRequestMessage request, string? bearer)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var deadline = new CancellationTokenSource(SocketTestClient.Timeout);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        var stream = await response.Content.ReadAsStreamAsync(deadline.Token);
        return new SseTestClient(response, new StreamReader(stream, Encoding.UTF8));
    }

    /// <summary>The next event (or comment); null when the stream ended.</summary>
    public async Task<ServerSentEvent?> ReadAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? SocketTestClient.Timeout);
        string? type = null;
        var data = new StringBuilder();
        while (true)
        {
            string? line;
            try
            {
                line = await _reader.ReadLineAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException("No event arrived in time.");
            }

            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (type is not null)
                {
                    return new ServerSentEvent(type, data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                return new ServerSentEvent("comment", line[1..]);
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line.AsSpan("data:".Length).TrimStart(' '));
            }
        }
    }

    /// <summary>Every event until the stream ends (skipping comments).</summary>
    public async Task<List<ServerSentEvent>> ReadToEndAsync()
    {
        var events = new List<ServerSentEvent>();
        while (await ReadAsync() is { } next)
        {
            if (next.Event != "comment")
            {
                events.Add(next);
            }
        }

        return events;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
