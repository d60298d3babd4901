using Booking.Data.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Booking.Domain.Tests.Data;

public sealed class DatabaseSettingsResolverTests
{
    [Fact]
    public void Database_url_wins_over_the_connection_string()
    {
        var settings = DatabaseSettingsResolver.Resolve(Configuration(
            ("DATABASE_URL", "postgresql://u:p@url-host/db"),
            ("ConnectionStrings:Booking", "Host=cs-host;Database=db")));

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Contains("url-host", settings.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void The_connection_string_selects_postgres_with_statement_preparation_on()
    {
        var settings = DatabaseSettingsResolver.Resolve(Configuration(("ConnectionStrings:Booking", "Host=cs-host;Database=db")));

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal("cs-host", builder.Host);
        Assert.Equal(64, builder.MaxAutoPrepare);
        Assert.True(builder.NoResetOnClose);
    }

    [Fact]
    public void Explicit_preparation_and_reset_settings_are_kept()
    {
        var settings = BookingDatabaseSettings.Postgres("Host=h;Max Auto Prepare=0;NoResetOnClose=false");

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(0, builder.MaxAutoPrepare);
        Assert.False(builder.NoResetOnClose);
    }

    [Fact]
    public void Without_either_the_embedded_default_is_a_sqlite_file_under_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "booking-root-" + Guid.NewGuid().ToString("N"));
        try
        {
            var settings = DatabaseSettingsResolver.Resolve(Configuration(("contentRoot", root)));

            Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
            Assert.Contains(Path.Combine(root, "data", "booking.db"), settings.ConnectionString, StringComparison.Ordinal);
            Assert.True(Directory.Exists(Path.Combine(root, "data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Migration_at_start_up_is_on_unless_configured_off(string? setting, bool expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"booking-{Guid.NewGuid():N}.db");
        var configuration = Configuration(("Database:SqlitePath", path), ("Database:MigrateOnStartup", setting));

        var services = new ServiceCollection().AddBookingData(configuration);

        Assert.Equal(expected, services.Any(descriptor => descriptor.ServiceType == typeof(IHostedService)));
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Where(pair => pair.Value is not null).Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}
