using Meridian.GraphQL.CodeFirst.Tests.Catalog;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Meridian.GraphQL.CodeFirst.Tests.EntityFramework;

/// <summary>
/// One PostgreSQL database with the catalog — 10,000 products — created once per test run and shared by every
/// Entity Framework test (they only read it). The rows go in with one binary COPY per table.
/// </summary>
public sealed class CatalogDatabase
{
    private static readonly Lazy<Task<CatalogDatabase>> Shared = new(CreateAsync);

    private CatalogDatabase(string connectionString, CatalogSeed seed)
    {
        ConnectionString = connectionString;
        Seed = seed;
    }

    public string ConnectionString { get; }

    /// <summary>The rows the database holds, for computing expected answers.</summary>
    public CatalogSeed Seed { get; }

    public static Task<CatalogDatabase> GetAsync() => Shared.Value;

    private static async Task<CatalogDatabase> CreateAsync()
    {
        var server = await PostgresServer.GetSharedAsync();
        var connectionString = await server.CreateDatabaseAsync("catalog");
        var seed = new CatalogSeed(brandCount: 100, productCount: 10_000, reviewedProducts: 2_000);
        await using (var context = new CatalogDbContext(new DbContextOptionsBuilder<CatalogDbContext>().UseNpgsql(connectionString).Options))
        {
            await context.Database.EnsureCreatedAsync();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await CopyAsync(connection, "COPY brands (id, name, country) FROM STDIN (FORMAT BINARY)", seed.Brands, async (writer, b) =>
        {
            await writer.WriteAsync(b.Id, NpgsqlDbType.Integer);
            await writer.WriteAsync(b.Name, NpgsqlDbType.Text);
            await WriteNullableAsync(writer, b.Country, NpgsqlDbType.Text);
        });
        await CopyAsync(
            connection,
            "COPY products (id, name, description, price, stock, available, category, created_at, released_on, sku, brand_id, tags) FROM STDIN (FORMAT BINARY)",
            seed.Products,
            async (writer, p) =>
            {
                await writer.WriteAsync(p.Id, NpgsqlDbType.Integer);
                await writer.WriteAsync(p.Name, NpgsqlDbType.Text);
                await WriteNullableAsync(writer, p.Description, NpgsqlDbType.Text);
                await writer.WriteAsync(p.Price, NpgsqlDbType.Numeric);
                await writer.WriteAsync(p.Stock, NpgsqlDbType.Integer);
                await writer.WriteAsync(p.Available, NpgsqlDbType.Boolean);
                await writer.WriteAsync((int)p.Category, NpgsqlDbType.Integer);
                await writer.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, p.ReleasedOn, NpgsqlDbType.Date);
                await writer.WriteAsync(p.Sku, NpgsqlDbType.Uuid);
                await writer.WriteAsync(p.BrandId, NpgsqlDbType.Integer);
                await writer.WriteAsync(p.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
            });
        await CopyAsync(connection, "COPY reviews (id, product_id, rating, text) FROM STDIN (FORMAT BINARY)", seed.Reviews, async (writer, r) =>
        {
            await writer.WriteAsync(r.Id, NpgsqlDbType.Integer);
            await writer.WriteAsync(r.ProductId, NpgsqlDbType.Integer);
            await writer.WriteAsync(r.Rating, NpgsqlDbType.Integer);
            await writer.WriteAsync(r.Text, NpgsqlDbType.Text);
        });
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return new CatalogDatabase(connectionString, seed);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> write)
    {
        await using var writer = await connection.BeginBinaryImportAsync(copy);
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            await write(writer, row);
        }

        await writer.CompleteAsync();
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, type);
}
