using System.Text.Json;
using Booking.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Booking.Domain.Tests.Support;

/// <summary>
/// Records the executed plans (EXPLAIN ANALYZE, BUFFERS, as JSON) of the statements some code runs on a
/// <see cref="BookingDbContext"/>, whichever way it sends them (EF or a hand-written command): PostgreSQL's
/// auto_explain module reports each plan as a notice on the connection.
/// </summary>
internal static class PostgresPlans
{
    private static readonly string[] SettingNames =
    [
        "auto_explain.log_min_duration", "auto_explain.log_analyze", "auto_explain.log_buffers",
        "auto_explain.log_format", "auto_explain.log_level", "client_min_messages", "plan_cache_mode",
    ];

    /// <summary>
    /// Runs <paramref name="run"/> inside a transaction that is rolled back afterwards, so the settings (local to it)
    /// leave the pooled connection unchanged; auto_explain stays loaded but is off by default. The rollback also
    /// delivers the last plan: an extended-protocol portal, and with it the executor that reports the plan, ends only
    /// when the next statement or the end of the transaction drops it.
    /// </summary>
    /// <param name="planCacheMode">PostgreSQL's plan_cache_mode: force_custom_plan or force_generic_plan.</param>
    /// <returns>What <paramref name="run"/> returned, and auto_explain's objects ("Query Text", "Plan") in execution order.</returns>
    public static async Task<(T Result, IReadOnlyList<JsonElement> Plans)> RecordAsync<T>(
        BookingDbContext db, string planCacheMode, Func<Task<T>> run)
    {
        var plans = new List<JsonElement>();
        void OnNotice(object sender, NpgsqlNoticeEventArgs args)
        {
            var text = args.Notice.MessageText;
            var json = text.IndexOf('{', StringComparison.Ordinal);
            if (text.StartsWith("duration:", StringComparison.Ordinal) && json >= 0)
            {
                using var document = JsonDocument.Parse(text[json..]);
                plans.Add(document.RootElement.Clone());
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await ExecuteAsync(connection, transaction, "LOAD 'auto_explain'");
        await ExecuteAsync(
            connection,
            transaction,
            "SELECT set_config(name, setting, true) FROM unnest($1, $2) AS settings (name, setting)",
            new NpgsqlParameter<string[]> { TypedValue = SettingNames },
            new NpgsqlParameter<string[]> { TypedValue = ["0", "on", "on", "json", "notice", "notice", planCacheMode] });

        connection.Notice += OnNotice;
        try
        {
            var result = await run();
            await transaction.RollbackAsync();
            return (result, plans);
        }
        finally
        {
            connection.Notice -= OnNotice;
        }
    }

    /// <summary>Every node of a recorded plan, depth first.</summary>
    public static IEnumerable<JsonElement> Nodes(JsonElement recorded)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(recorded.GetProperty("Plan"));
        while (pending.TryPop(out var node))
        {
            yield return node;
            if (node.TryGetProperty("Plans", out var children))
            {
                foreach (var child in children.EnumerateArray().Reverse())
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, IDbContextTransaction transaction, string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }
}
