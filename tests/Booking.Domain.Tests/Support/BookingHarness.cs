using System.Globalization;
using Booking.Data;
using Booking.Data.Entities;
using Booking.Data.Migrations;
using Booking.Data.Setup;
using Booking.Domain.Accounts;
using Booking.Domain.Availability;
using Booking.Domain.Events;
using Booking.Domain.Lifecycle;
using Booking.Domain.Queries;
using Booking.Domain.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Testing;
using WeeklyRule = Booking.Domain.Scheduling.WeeklyAvailabilityRule;

namespace Booking.Domain.Tests.Support;

/// <summary>
/// The booking services over a real, freshly migrated database (one per test class), with a clock the tests set and
/// a publisher that records events. Tests create their own providers and clients, so they do not see each other.
/// </summary>
public abstract class BookingHarness(DatabaseProvider provider) : IAsyncLifetime
{
    /// <summary>Monday 7 January 2030, 08:00 UTC: where every test's clock starts.</summary>
    public static readonly DateTimeOffset MondayMorning = At("2030-01-07T08:00Z");

    private ServiceProvider? _services;
    private int _userCounter;

    /// <summary>Small, so that a test can make the sweep go through several batches.</summary>
    public const int ExpiryBatchSize = 20;

    public DatabaseProvider Provider { get; } = provider;

    public TestTimeProvider Clock { get; } = new(MondayMorning);

    internal RecordingEventPublisher Events { get; } = new();

    public BookingDatabaseSettings Settings { get; private set; } = null!;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The harness is not initialized.");

    public ReservationService Reservations => Services.GetRequiredService<ReservationService>();

    public AppointmentLifecycleService Lifecycle => Services.GetRequiredService<AppointmentLifecycleService>();

    public HoldExpiryService Expiry => Services.GetRequiredService<HoldExpiryService>();

    public SlotService Slots => Services.GetRequiredService<SlotService>();

    public ScheduleService Schedule => Services.GetRequiredService<ScheduleService>();

    public BookingQueries Queries => Services.GetRequiredService<BookingQueries>();

    public UserAccountService Accounts => Services.GetRequiredService<UserAccountService>();

    public static DateTimeOffset At(string instant) =>
        DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();

    public async Task InitializeAsync()
    {
        Settings = await TestDatabases.CreateAsync(Provider);
        var services = new ServiceCollection()
            .AddBookingData(Settings)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IDomainEventPublisher>(Events)
            .AddBookingServices()
            .Configure<BookingOptions>(options => options.ExpiryBatchSize = ExpiryBatchSize);
        _services = services.BuildServiceProvider();
        await Services.GetRequiredService<BookingMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        TestDatabases.Delete(Settings);
    }

    public Task<BookingDbContext> OpenDbAsync() =>
        Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();

    /// <summary>Inserts users directly (no password hashing: PBKDF2 is slow on purpose, and these tests need many).</summary>
    public async Task<IReadOnlyList<Actor>> CreateUsersAsync(UserRole role, int count)
    {
        await using var db = await OpenDbAsync();
        var users = new List<User>(count);
        for (var i = 0; i < count; i++)
        {
            var number = Interlocked.Increment(ref _userCounter);
            var email = $"{role.ToString().ToLowerInvariant()}{number}-{Guid.NewGuid():N}@example.test";
            users.Add(new User
            {
                Email = email,
                NormalizedEmail = User.NormalizeEmail(email),
                DisplayName = $"{role} {number}",
                Role = role,
                CreatedAt = Clock.GetUtcNow(),
            });
        }

        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return users.ConvertAll(user => new Actor(user.Id, role));
    }

    public async Task<Actor> CreateClientAsync() => (await CreateUsersAsync(UserRole.Client, 1))[0];

    public async Task<Actor> CreateAdminAsync() => (await CreateUsersAsync(UserRole.Admin, 1))[0];

    /// <summary>A provider working 09:00–17:00 (in its zone, UTC by default) every day, with the given settings.</summary>
    public async Task<Actor> CreateProviderAsync(ProviderSettings? settings = null, string start = "09:00", string end = "17:00")
    {
        var provider = (await CreateUsersAsync(UserRole.Provider, 1))[0];
        await Schedule.SaveSettingsAsync(provider, provider.UserId, settings ?? new ProviderSettings());
        var rules = Enum.GetValues<DayOfWeek>()
            .Select(day => new WeeklyRule(day, TimeOnly.Parse(start, CultureInfo.InvariantCulture), TimeOnly.Parse(end, CultureInfo.InvariantCulture)))
            .ToList();
        await Schedule.ReplaceWeeklyRulesAsync(provider, provider.UserId, rules);
        return provider;
    }

    public async Task<Appointment> LoadAsync(Guid appointmentId)
    {
        await using var db = await OpenDbAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(appointment => appointment.Id == appointmentId);
    }

    public async Task<IReadOnlyList<AppointmentHistory>> HistoryAsync(Guid appointmentId)
    {
        await using var db = await OpenDbAsync();
        return await db.AppointmentHistory.AsNoTracking()
            .Where(entry => entry.AppointmentId == appointmentId)
            .OrderBy(entry => entry.Id)
            .ToListAsync();
    }

    public async Task<User> LoadUserAsync(Guid userId)
    {
        await using var db = await OpenDbAsync();
        return await db.Users.AsNoTracking().SingleAsync(user => user.Id == userId);
    }
}

public sealed class PostgresHarness() : BookingHarness(DatabaseProvider.Postgres);

public sealed class SqliteHarness() : BookingHarness(DatabaseProvider.Sqlite);
