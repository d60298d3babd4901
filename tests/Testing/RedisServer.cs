using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Testing;

/// <summary>
/// A private redis-server child process on a free loopback port. It can be killed and started again on the same
/// port, so that tests can watch clients survive an outage.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _executable;
    private Process? _process;

    private RedisServer(string executable, int port)
    {
        _executable = executable;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000,syncTimeout=2000";

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var executable = ExternalProcess.Find("redis-server", "/usr/bin", "/usr/local/bin")
            ?? throw new InvalidOperationException(
                "redis-server is not installed: run scripts/test.sh (it installs redis-server from Debian's packages).");
        var server = new RedisServer(executable, FreePort.Next());
        await server.RestartAsync(cancellationToken);
        return server;
    }

    /// <summary>Starts the server again (after <see cref="KillAsync"/>) on the same port, with empty data.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            return;
        }

        var startInfo = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start redis-server.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync(cancellationToken);
    }

    /// <summary>Kills the server abruptly, as a crash or a network cut would look to clients.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"redis-server did not answer on port {Port}.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
