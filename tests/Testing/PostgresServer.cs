using System.Globalization;
using Npgsql;

namespace Testing;

/// <summary>
/// A private PostgreSQL server from the machine's Debian packages, started in a temporary folder on a free loopback
/// port. One server serves the whole test process (<see cref="Shared"/>); tests isolate themselves by asking for a
/// fresh database. Durability is switched off because the data dies with the test run.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly SemaphoreSlim SharedGate = new(1, 1);
    private static PostgresServer? _shared;

    private readonly string _root;
    private readonly string _binFolder;
    private int _databaseCounter;

    private PostgresServer(string root, string binFolder, int port)
    {
        _root = root;
        _binFolder = binFolder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Connection string for the server's maintenance database.</summary>
    public string AdminConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false;Include Error Detail=true";

    private string DataFolder => Path.Combine(_root, "data");

    /// <summary>The server shared by every test in this process, started on first use and stopped at exit.</summary>
    public static async Task<PostgresServer> GetSharedAsync(CancellationToken cancellationToken = default)
    {
        if (_shared is not null)
        {
            return _shared;
        }

        await SharedGate.WaitAsync(cancellationToken);
        try
        {
            if (_shared is null)
            {
                var server = await StartAsync(cancellationToken);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopNow();
                _shared = server;
            }

            return _shared;
        }
        finally
        {
            SharedGate.Release();
        }
    }

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var binFolder = FindBinFolder();
        var root = Path.Combine(Path.GetTempPath(), "pg-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        if (ExternalProcess.IsRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user the Debian package creates.
            await ExternalProcess.RunAsync("chown", ["-R", "postgres:postgres", root], cancellationToken);
        }

        var server = new PostgresServer(root, binFolder, FreePort.Next());
        await server.RunAsPostgresAsync("initdb", ["-D", server.DataFolder, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], cancellationToken);
        var options = string.Join(' ',
            $"-p {server.Port}",
            $"-k {root}",
            "-c listen_addresses=127.0.0.1",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=400",
            "-c shared_buffers=128MB");
        await server.RunAsPostgresAsync(
            "pg_ctl",
            ["-D", server.DataFolder, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start"],
            cancellationToken);
        return server;
    }

    /// <summary>Creates an empty database and returns a pooled connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null, CancellationToken cancellationToken = default)
    {
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"{prefix ?? "test"}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid().ToString("N")[..8]}").ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Maximum Pool Size=300;Include Error Detail=true";
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsPostgresAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"], CancellationToken.None);
        TryDeleteRoot();
    }

    private void StopNow()
    {
        try
        {
            // ProcessExit handlers cannot await; the stop is short and the process is ending anyway.
            RunAsPostgresAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"], CancellationToken.None)
                .GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        TryDeleteRoot();
    }

    private void TryDeleteRoot()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private Task<string> RunAsPostgresAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(_binFolder, program);
        return ExternalProcess.IsRoot
            ? ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments], cancellationToken)
            : ExternalProcess.RunAsync(executable, arguments, cancellationToken);
    }

    private static string FindBinFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "initdb")))
        {
            return fromEnvironment;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(folder => Path.Combine(folder, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        var initdb = ExternalProcess.Find("initdb");
        return initdb is not null
            ? Path.GetDirectoryName(initdb)!
            : throw new InvalidOperationException(
                "PostgreSQL is not installed: run scripts/test.sh (it installs postgresql from Debian's packages) or set PG_BIN.");
    }
}
