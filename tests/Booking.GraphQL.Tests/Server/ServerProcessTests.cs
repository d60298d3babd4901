using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Testing;

namespace Booking.GraphQL.Tests.Server;

/// <summary>
/// The server executable as users run it: a separate process configured by environment variables (ASPNETCORE_URLS,
/// an SQLite file), answering GraphQL, health and Banana Cake Pop on a loopback port.
/// </summary>
public sealed class ServerProcessTests(ServerProcess server) : IClassFixture<ServerProcess>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task The_server_answers_graphql_on_the_configured_url()
    {
        using var response = await Client.PostAsync(
            "/graphql",
            new StringContent("""{"query":"{ server { name database subscriptionTransport } }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"data":{"server":{"name":"Booking API","database":"Sqlite","subscriptionTransport":"in-process"}}}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_server_answers_graphql_over_websocket_at_the_same_endpoint()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri(Client.BaseAddress!.ToString().Replace("http", "ws", StringComparison.Ordinal) + "graphql"), deadline.Token);

        await SendAsync(socket, """{"type":"connection_init"}""", deadline.Token);
        Assert.Equal("""{"type":"connection_ack"}""", await ReceiveAsync(socket, deadline.Token));
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ server { subscriptionTransport } }"}}""", deadline.Token);

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"server":{"subscriptionTransport":"in-process"}}}}""", await ReceiveAsync(socket, deadline.Token));
        Assert.Equal("""{"id":"1","type":"complete"}""", await ReceiveAsync(socket, deadline.Token));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, deadline.Token);
    }

    [Fact]
    public async Task Readiness_includes_the_database()
    {
        using var response = await Client.GetAsync("/health/ready");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("graphql").GetProperty("status").GetString());
    }

    private static async Task SendAsync(ClientWebSocket socket, string message, CancellationToken cancellationToken) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task<string> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
        Assert.True(result.EndOfMessage);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    [Fact]
    public async Task Browsers_get_banana_cake_pop()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>One server process for the tests of <see cref="ServerProcessTests"/>.</summary>
public sealed class ServerProcess : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("booking-server-").FullName;
    private readonly int _port = FreePort.Next();
    private Process _process = null!;
    private HttpClient _client = null!;

    public HttpClient Client => _client;

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Booking.GraphQL.Commands.SchemaExportCommand).Assembly.Location])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__SqlitePath"] = Path.Combine(_folder, "booking.db");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += static (_, _) => { };
        _process.ErrorDataReceived += static (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(30) };
        await AsyncStreams.WaitUntilAsync(IsLiveAsync, "the server answered /health/live", TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<bool> IsLiveAsync()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The server exited with code {_process.ExitCode}.");
        }

        try
        {
            using var response = await _client.GetAsync("/health/live");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
