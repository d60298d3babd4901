using System.Data.Common;
using Booking.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Booking.Data.Migrations;

/// <summary>
/// Applies the embedded SQL migrations that a database lacks, all in one transaction, and records each in
/// <c>schema_migrations</c> with its checksum. Running it again is a no-op; a recorded script whose text has
/// changed since is an error, because the database no longer matches what the files say.
/// </summary>
public sealed class BookingMigrator(
    IDbContextFactory<BookingDbContext> contextFactory,
    BookingDatabaseSettings settings,
    ILogger<BookingMigrator>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<BookingMigrator>.Instance;

    /// <summary>Applies pending migrations and returns the versions applied now (empty when up to date).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var scripts = MigrationScripts.For(settings.Provider);
        var dialect = MigrationDialect.For(settings.Provider);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        try
        {
            if (dialect.BeforeTransaction is { } pragma)
            {
                await ExecuteAsync(connection, null, pragma, cancellationToken);
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, dialect.Lock, cancellationToken);
            await ExecuteAsync(connection, transaction, dialect.CreateHistoryTable, cancellationToken);
            var applied = await ReadAppliedAsync(connection, transaction, cancellationToken);

            var appliedNow = new List<string>();
            foreach (var script in scripts)
            {
                if (applied.TryGetValue(script.Version, out var checksum))
                {
                    if (checksum != script.Checksum)
                    {
                        throw new InvalidOperationException(
                            $"Migration {script.Version}_{script.Name} was changed after it was applied to this database. " +
                            "Add a new migration instead of editing an applied one.");
                    }

                    continue;
                }

                _logger.LogInformation("Applying migration {Version}_{Name}", script.Version, script.Name);
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
                await RecordAsync(connection, transaction, script, cancellationToken);
                appliedNow.Add(script.Version);
            }

            await transaction.CommitAsync(cancellationToken);
            return appliedNow;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT version, checksum FROM {MigrationDialect.HistoryTable}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task RecordAsync(
        DbConnection connection, DbTransaction transaction, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {MigrationDialect.HistoryTable} (version, name, checksum) VALUES (@version, @name, @checksum)";
        AddParameter(command, "@version", script.Version);
        AddParameter(command, "@name", script.Name);
        AddParameter(command, "@checksum", script.Checksum);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
