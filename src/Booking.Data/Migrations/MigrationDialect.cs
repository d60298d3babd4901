using Booking.Data.Setup;

namespace Booking.Data.Migrations;

/// <summary>The few statements of the migration runner that differ between PostgreSQL and SQLite.</summary>
internal sealed record MigrationDialect(string? BeforeTransaction, string Lock, string CreateHistoryTable)
{
    public const string HistoryTable = "schema_migrations";

    public static MigrationDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => new MigrationDialect(
            BeforeTransaction: null,
            // Two instances starting together queue here instead of both applying the same script.
            Lock: "SELECT pg_advisory_xact_lock(7283001);",
            CreateHistoryTable: $"""
                CREATE TABLE IF NOT EXISTS {HistoryTable} (
                    version text PRIMARY KEY,
                    name text NOT NULL,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now());
                """),
        DatabaseProvider.Sqlite => new MigrationDialect(
            // WAL lets readers proceed while one writer holds the lock; it is a property of the file, set once.
            BeforeTransaction: "PRAGMA journal_mode = WAL;",
            // The transaction is BEGIN IMMEDIATE already: it holds the write lock from its first statement.
            Lock: "SELECT 1;",
            CreateHistoryTable: $"""
                CREATE TABLE IF NOT EXISTS {HistoryTable} (
                    version TEXT NOT NULL PRIMARY KEY,
                    name TEXT NOT NULL,
                    checksum TEXT NOT NULL,
                    applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
                """),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}
