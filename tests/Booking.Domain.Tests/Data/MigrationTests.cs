using Booking.Data.Migrations;
using Booking.Data.Setup;
using Booking.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Domain.Tests.Data;

/// <summary>The hand-written migrations: they build the schema the EF model expects, once, and refuse silent edits.</summary>
public abstract class MigrationTests(DatabaseProvider provider)
{
    [Fact]
    public Task Migrations_apply_on_an_empty_database_and_a_second_run_applies_nothing() =>
        WithUnmigratedDatabaseAsync(async services =>
        {
            var migrator = services.GetRequiredService<BookingMigrator>();

            var first = await migrator.MigrateAsync();
            var second = await migrator.MigrateAsync();

            Assert.Equal(MigrationScripts.For(provider).Select(script => script.Version), first);
            Assert.Empty(second);
            await using var db = await services.GetRequiredService<IDbContextFactory<Booking.Data.BookingDbContext>>().CreateDbContextAsync();
            Assert.Equal(first.Count, await SchemaReader.ScalarAsync(db, "SELECT COUNT(*) FROM schema_migrations"));
            Assert.Equal(0, await db.Appointments.CountAsync());
        });

    [Fact]
    public Task Concurrent_migrations_apply_each_script_once() =>
        WithUnmigratedDatabaseAsync(async services =>
        {
            var migrator = services.GetRequiredService<BookingMigrator>();

            var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => migrator.MigrateAsync())));

            Assert.Equal(MigrationScripts.For(provider).Count, runs.Sum(applied => applied.Count));
        });

    [Fact]
    public async Task Every_entity_property_has_its_column_with_the_same_nullability()
    {
        await using var harness = await HarnessScope.StartAsync(provider);
        await using var db = await harness.Harness.OpenDbAsync();

        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var table = entityType.GetTableName()!;
            var columns = await SchemaReader.ColumnsAsync(db, table);
            Assert.True(columns.Count > 0, $"Table {table} is missing.");
            foreach (var property in entityType.GetProperties())
            {
                var column = property.GetColumnName();
                Assert.True(columns.ContainsKey(column), $"Column {table}.{column} is missing.");
                Assert.True(
                    property.IsNullable == columns[column] || property.IsPrimaryKey(),
                    $"Column {table}.{column} is {(columns[column] ? "nullable" : "NOT NULL")} but the model says the opposite.");
            }

            Assert.Equal(entityType.GetProperties().Count(), columns.Count);
        }
    }

    [Fact]
    public async Task An_applied_script_that_was_edited_afterwards_is_refused()
    {
        await using var harness = await HarnessScope.StartAsync(provider);
        await using (var db = await harness.Harness.OpenDbAsync())
        {
            await SchemaReader.ExecuteAsync(db, "UPDATE schema_migrations SET checksum = 'edited' WHERE version = '0001'");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => harness.Harness.Services.GetRequiredService<BookingMigrator>().MigrateAsync());
        Assert.Contains("0001_initial was changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appointments_are_never_deleted_and_their_history_never_changes()
    {
        await using var harness = await HarnessScope.StartAsync(provider);
        var h = harness.Harness;
        var providerActor = await h.CreateProviderAsync();
        var client = await h.CreateClientAsync();
        var appointment = await h.Reservations.ReserveAsync(client, new(providerActor.UserId, BookingHarness.At("2030-01-08T10:00Z")));

        await using var db = await h.OpenDbAsync();
        var id = db.IsPostgres ? $"'{appointment.Id}'" : $"'{appointment.Id.ToString().ToUpperInvariant()}'";
        foreach (var statement in new[]
        {
            $"DELETE FROM appointments WHERE id = {id}",
            "UPDATE appointment_history SET reason = 'rewritten'",
            "DELETE FROM appointment_history",
        })
        {
            var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => SchemaReader.ExecuteAsync(db, statement));
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(Booking.Data.Entities.AppointmentStatus.Reserved, (await h.LoadAsync(appointment.Id)).Status);
        Assert.Single(await h.HistoryAsync(appointment.Id));
    }

    private async Task WithUnmigratedDatabaseAsync(Func<IServiceProvider, Task> test)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        try
        {
            await using var services = new ServiceCollection().AddBookingData(settings).BuildServiceProvider();
            await test(services);
        }
        finally
        {
            TestDatabases.Delete(settings);
        }
    }
}

public sealed class PostgresMigrationTests() : MigrationTests(DatabaseProvider.Postgres);

public sealed class SqliteMigrationTests() : MigrationTests(DatabaseProvider.Sqlite);
