using System.Data.Common;
using Booking.Data;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Tests.Support;

/// <summary>Reads what the migrations actually created, to compare with the EF model.</summary>
internal static class SchemaReader
{
    /// <summary>Column name → nullable, for one table.</summary>
    public static async Task<Dictionary<string, bool>> ColumnsAsync(BookingDbContext db, string table)
    {
        var sql = db.IsPostgres
            ? "SELECT column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table"
            : "SELECT name, \"notnull\" = 0 FROM pragma_table_info(@table)";
        var columns = new Dictionary<string, bool>(StringComparer.Ordinal);
        await using var reader = await QueryAsync(db, sql, ("@table", table));
        while (await reader.ReadAsync())
        {
            columns[reader.GetString(0)] = reader.GetBoolean(1);
        }

        return columns;
    }

    public static async Task<long> ScalarAsync(BookingDbContext db, string sql)
    {
        await using var reader = await QueryAsync(db, sql);
        await reader.ReadAsync();
        return Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(BookingDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<DbDataReader> QueryAsync(BookingDbContext db, string sql, params (string Name, object Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.CloseConnection);
    }
}
