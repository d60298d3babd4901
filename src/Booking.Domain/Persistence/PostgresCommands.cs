using Booking.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Booking.Domain.Persistence;

/// <summary>
/// Hand-written PostgreSQL statements for the few hot queries that EF cannot express well (row locks, range
/// overlaps that must reach the GiST index), run on the operation's connection and inside its transaction. Npgsql
/// prepares them automatically once they repeat; parameters are positional ($1, $2, …), so the SQL is not rewritten.
/// </summary>
internal static class PostgresCommands
{
    public static NpgsqlCommand Create(BookingDbContext db, string sql, params ReadOnlySpan<NpgsqlParameter> parameters)
    {
        var command = new NpgsqlCommand(
            sql,
            (NpgsqlConnection)db.Database.GetDbConnection(),
            (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
