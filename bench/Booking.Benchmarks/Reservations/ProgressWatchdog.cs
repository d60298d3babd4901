using System.Text;
using Npgsql;

namespace Booking.Benchmarks.Reservations;

/// <summary>
/// Counts the reservations in flight and, when none has finished for <c>quietPeriod</c> while some are running, writes
/// what the database is doing (its sessions and the locks they wait for) to standard error, once per quiet spell. The
/// harness was seen to stall, rarely, without anything to show why; this is what a stalled run should leave behind.
/// </summary>
internal sealed class ProgressWatchdog : IAsyncDisposable
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly TimeSpan _quietPeriod;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private int _started;
    private int _finished;

    private ProgressWatchdog(string connectionString, TimeSpan quietPeriod)
    {
        // A connection of its own when it reports: the pool may be what is stuck.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        _quietPeriod = quietPeriod;
        _watching = WatchAsync(_stop.Token);
    }

    /// <summary>Starts watching; <paramref name="connectionString"/> is the benchmark database's.</summary>
    public static ProgressWatchdog Start(string connectionString, TimeSpan quietPeriod) => new(connectionString, quietPeriod);

    public void OperationStarted() => Interlocked.Increment(ref _started);

    public void OperationFinished() => Interlocked.Increment(ref _finished);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _watching;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(CheckInterval);
        var lastFinished = Volatile.Read(ref _finished);
        var lastProgress = TimeProvider.System.GetTimestamp();
        var reported = false;
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            var finished = Volatile.Read(ref _finished);
            var inFlight = Volatile.Read(ref _started) - finished;
            if (finished != lastFinished || inFlight == 0)
            {
                lastFinished = finished;
                lastProgress = TimeProvider.System.GetTimestamp();
                reported = false;
                continue;
            }

            var quiet = TimeProvider.System.GetElapsedTime(lastProgress);
            if (!reported && quiet >= _quietPeriod)
            {
                reported = true;
                Console.Error.WriteLine(await DescribeAsync(inFlight, finished, quiet, cancellationToken));
            }
        }
    }

    private async Task<string> DescribeAsync(int inFlight, int finished, TimeSpan quiet, CancellationToken cancellationToken)
    {
        var report = new StringBuilder()
            .AppendLine($"STALL: no reservation finished for {quiet.TotalSeconds:0} s; {inFlight} in flight, {finished} finished so far.");
        try
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await AppendRowsAsync(
                connection,
                report,
                "sessions by state",
                """
                SELECT state, wait_event_type, wait_event, count(*) AS sessions
                FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                GROUP BY 1, 2, 3 ORDER BY 4 DESC
                """,
                cancellationToken);
            await AppendRowsAsync(
                connection,
                report,
                "oldest transactions",
                """
                SELECT pid, state, wait_event, now() - xact_start AS in_transaction, regexp_replace(left(query, 120), '\s+', ' ', 'g') AS query
                FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
                ORDER BY xact_start LIMIT 10
                """,
                cancellationToken);
            await AppendRowsAsync(
                connection,
                report,
                "locks waited for",
                """
                SELECT l.locktype, l.relation::regclass::text AS relation, l.mode, array_to_string(pg_blocking_pids(l.pid), ',') AS blocked_by, count(*) AS waiters
                FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE NOT l.granted AND a.datname = current_database()
                GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC
                """,
                cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            report.AppendLine($"(could not read the database's state: {exception.Message})");
        }

        return report.ToString();
    }

    private static async Task AppendRowsAsync(NpgsqlConnection connection, StringBuilder report, string title, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        report.AppendLine($"{title}:");
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[i] = $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : reader.GetValue(i))}";
            }

            report.Append("  ").AppendJoin(", ", values).AppendLine();
        }
    }
}
