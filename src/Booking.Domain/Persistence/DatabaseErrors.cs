using Booking.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Booking.Domain.Persistence;

/// <summary>What a database exception means for a booking operation.</summary>
internal enum DatabaseErrorKind
{
    Other,

    /// <summary>The exclusion constraint refused an overlapping active appointment (PostgreSQL 23P01).</summary>
    SlotTaken,

    /// <summary>The same client/idempotency key was inserted concurrently: retry and find it.</summary>
    IdempotencyKeyTaken,

    EmailTaken,

    /// <summary>Deadlock, serialization failure or a locked SQLite file: retry the whole operation.</summary>
    Transient,
}

internal static class DatabaseErrors
{
    public static DatabaseErrorKind Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case TransientConflictException:
                    return DatabaseErrorKind.Transient;
                case PostgresException postgres:
                    return ClassifyPostgres(postgres);
                case SqliteException sqlite:
                    return ClassifySqlite(sqlite);
            }
        }

        return DatabaseErrorKind.Other;
    }

    private static DatabaseErrorKind ClassifyPostgres(PostgresException exception) => exception.SqlState switch
    {
        PostgresErrorCodes.ExclusionViolation when exception.ConstraintName == DatabaseConstraintNames.AppointmentsNoOverlap
            => DatabaseErrorKind.SlotTaken,
        PostgresErrorCodes.UniqueViolation when exception.ConstraintName == DatabaseConstraintNames.AppointmentsClientIdempotencyKey
            => DatabaseErrorKind.IdempotencyKeyTaken,
        PostgresErrorCodes.UniqueViolation when exception.ConstraintName == DatabaseConstraintNames.UsersNormalizedEmail
            => DatabaseErrorKind.EmailTaken,
        PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
            => DatabaseErrorKind.Transient,
        _ => DatabaseErrorKind.Other,
    };

    private static DatabaseErrorKind ClassifySqlite(SqliteException exception)
    {
        const int busy = 5;
        const int locked = 6;
        const int constraint = 19;
        return exception.SqliteErrorCode switch
        {
            busy or locked => DatabaseErrorKind.Transient,
            constraint when exception.Message.Contains("users.normalized_email", StringComparison.Ordinal)
                => DatabaseErrorKind.EmailTaken,
            constraint when exception.Message.Contains("appointments.idempotency_key", StringComparison.Ordinal)
                => DatabaseErrorKind.IdempotencyKeyTaken,
            _ => DatabaseErrorKind.Other,
        };
    }
}
