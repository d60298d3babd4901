using Booking.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Data.Setup;

public static class BookingDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the booking database chosen by configuration (see <see cref="DatabaseSettingsResolver"/>): a pooled
    /// <see cref="IDbContextFactory{TContext}"/>, a scoped <see cref="BookingDbContext"/>, the
    /// <see cref="BookingMigrator"/>, and migration at start-up unless <c>Database:MigrateOnStartup</c> is false.
    /// </summary>
    public static IServiceCollection AddBookingData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBookingData(DatabaseSettingsResolver.Resolve(configuration));
        if (configuration.GetValue(DatabaseSettingsResolver.MigrateOnStartupKey, defaultValue: true))
        {
            services.AddHostedService<MigrateOnStartup>();
        }

        return services;
    }

    /// <summary>Registers the booking database with explicit settings (tests, tools); no start-up migration.</summary>
    public static IServiceCollection AddBookingData(this IServiceCollection services, BookingDatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddPooledDbContextFactory<BookingDbContext>(options => Configure(options, settings));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContext());
        services.AddSingleton<BookingMigrator>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, BookingDatabaseSettings settings)
    {
        return settings.Provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(settings.ConnectionString),
            DatabaseProvider.Sqlite => options.UseSqlite(settings.ConnectionString).AddInterceptors(new SqliteConnectionTuning()),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, null),
        };
    }
}
