using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Booking.Data;
using Booking.Data.Entities;
using Booking.Data.Migrations;
using Booking.Data.Setup;
using Booking.Domain;
using Booking.Domain.Availability;
using Booking.Domain.Errors;
using Booking.Domain.Reservations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Testing;
using WeeklyRule = Booking.Domain.Scheduling.WeeklyAvailabilityRule;

namespace Booking.Benchmarks.Reservations;

/// <summary>
/// Reservation throughput on a private PostgreSQL server: concurrent clients reserving distinct slots of one
/// provider, then all clients racing for the same few slots. A custom harness, because BenchmarkDotNet measures
/// one caller at a time; every run is bounded by the counts given.
/// </summary>
internal static class ReservationLoad
{
    private static readonly TimeSpan SlotLength = TimeSpan.FromMinutes(15);
    private const int WarmupRound = 250;
    private const int SettledJitMethods = 20;

    /// <summary>No reservation takes this long even on a busy machine (commands time out after 30 s).</summary>
    private static readonly TimeSpan StallReportAfter = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = LoadOptions.Parse(args);
        using var retries = RetryCounter.Start();
        Console.WriteLine($"Starting a private PostgreSQL server ({options.Clients} clients) …");
        await using var server = await PostgresServer.StartAsync();
        var settings = BookingDatabaseSettings.Postgres(await server.CreateDatabaseAsync("bench"));
        var cpu = new CpuMeter(new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString).Database!);
        await using var watchdog = ProgressWatchdog.Start(settings.ConnectionString, StallReportAfter);
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddBookingData(settings)
            .AddBookingServices()
            .BuildServiceProvider();
        await services.GetRequiredService<BookingMigrator>().MigrateAsync();

        var reservations = services.GetRequiredService<ReservationService>();
        // Every reservation comes from a client of its own, as in real traffic (where nobody holds hundreds of
        // reservations): the hold limit and the per-client checks then cost what they cost in production.
        var clients = await CreateUsersAsync(services, UserRole.Client, options.Warmup + options.Distinct + (options.Clients * options.Rounds));
        var distinctProviders = new List<Actor>();
        for (var i = 0; i < options.Providers; i++)
        {
            distinctProviders.Add(await CreateProviderAsync(services));
        }

        var hotProvider = await CreateProviderAsync(services);
        var firstSlot = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero);

        // Warm-up on slots the timed run does not use: EF's query cache, the connection pool, and the JIT, which keeps
        // recompiling hot methods at higher tiers for thousands of reservations and would otherwise be timed.
        var warmupStart = firstSlot + (SlotLength * (options.Distinct + options.Clients));
        var warmedUp = await WarmUpAsync(watchdog, reservations, distinctProviders, clients[..options.Warmup], options.Clients, warmupStart);
        Console.Error.WriteLine($"  warm-up: {warmedUp} reservations");

        Console.WriteLine();
        Console.WriteLine("| scenario | operations | succeeded | slot unavailable | other errors | seconds | operations/s | p50 ms | p99 ms | CPU ms/op app | CPU ms/op PostgreSQL |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var distinct = await RunMeasuredAsync(cpu, () => RunDistinctAsync(watchdog, reservations, distinctProviders, clients[options.Warmup..(options.Warmup + options.Distinct)], options.Clients, firstSlot, options.Distinct));
        Print($"distinct slots, {options.Clients} clients, {options.Providers} provider(s)", distinct);
        // The racing run's slots come after every slot used so far.
        var hotStart = warmupStart + (SlotLength * (options.Warmup + options.Clients));
        var contended = await RunMeasuredAsync(cpu, () => RunContendedAsync(watchdog, reservations, hotProvider, clients[(options.Warmup + options.Distinct)..], hotStart, options));
        Print($"{options.Clients} clients racing for {options.HotSlots} slots per round", contended);

        Console.WriteLine();
        Console.WriteLine($"Operations run again after a database race: {retries.Describe()}");
        var expectedWinners = Math.Min(options.HotSlots, options.Clients) * options.Rounds;
        if (distinct.Succeeded != options.Distinct || contended.Succeeded != expectedWinners || distinct.Other + contended.Other > 0)
        {
            Console.WriteLine($"UNEXPECTED: {distinct.Succeeded}/{options.Distinct} distinct and {contended.Succeeded}/{expectedWinners} contended reservations succeeded.");
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// Concurrent workers reserve consecutive slots (slot i by worker i mod n, for client i), spread round-robin over
    /// the providers.
    /// </summary>
    private static Task<LoadResult> RunDistinctAsync(
        ProgressWatchdog watchdog, ReservationService reservations, IReadOnlyList<Actor> providers, Actor[] clients, int workers, DateTimeOffset firstSlot, int count) =>
        RunWorkersAsync(watchdog, workers, async (worker, result) =>
        {
            for (var i = worker; i < count; i += workers)
            {
                var provider = providers[i % providers.Count];
                var client = clients[i];
                await result.TimeAsync(() => reservations.ReserveAsync(client, new(provider.UserId, firstSlot + (SlotLength * i))));
            }
        });

    /// <summary>
    /// Reserves in rounds of <see cref="WarmupRound"/> until two rounds in a row JIT-compile fewer than
    /// <see cref="SettledJitMethods"/> methods each (tiering comes in waves), or the warm-up clients run out. Returns how
    /// many it reserved.
    /// </summary>
    private static async Task<int> WarmUpAsync(
        ProgressWatchdog watchdog, ReservationService reservations, IReadOnlyList<Actor> providers, Actor[] clients, int workers, DateTimeOffset firstSlot)
    {
        var done = 0;
        var settledRounds = 0;
        while (done < clients.Length && settledRounds < 2)
        {
            var count = Math.Min(WarmupRound, clients.Length - done);
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            await RunDistinctAsync(watchdog, reservations, providers, clients[done..(done + count)], workers, firstSlot + (SlotLength * done), count);
            done += count;
            settledRounds = JitInfo.GetCompiledMethodCount() - compiledBefore < SettledJitMethods ? settledRounds + 1 : 0;
        }

        return done;
    }

    /// <summary>In each round every worker tries one of the round's few slots: one winner per slot, the rest refused.</summary>
    private static Task<LoadResult> RunContendedAsync(
        ProgressWatchdog watchdog, ReservationService reservations, Actor provider, Actor[] clients, DateTimeOffset firstSlot, LoadOptions options) =>
        RunWorkersAsync(watchdog, options.Clients, async (worker, result) =>
        {
            for (var round = 0; round < options.Rounds; round++)
            {
                var slot = (round * options.HotSlots) + (worker % options.HotSlots);
                var client = clients[(round * options.Clients) + worker];
                await result.TimeAsync(() => reservations.ReserveAsync(client, new(provider.UserId, firstSlot + (SlotLength * slot))));
            }
        });

    private static async Task<LoadResult> RunMeasuredAsync(CpuMeter cpu, Func<Task<LoadResult>> run)
    {
        var before = cpu.Read();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pausedBefore = GC.GetTotalPauseDuration();
        var jitBefore = (Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        var result = await run();
        result.JitMethods = JitInfo.GetCompiledMethodCount() - jitBefore.Methods;
        result.JitTime = JitInfo.GetCompilationTime() - jitBefore.Time;
        var after = cpu.Read();
        result.AllocatedBytes = GC.GetTotalAllocatedBytes() - allocatedBefore;
        result.GcPause = GC.GetTotalPauseDuration() - pausedBefore;
        result.AppCpu = after.App - before.App;
        result.DatabaseCpu = after.Database - before.Database;
        return result;
    }

    private static async Task<LoadResult> RunWorkersAsync(ProgressWatchdog watchdog, int workers, Func<int, LoadResult, Task> work)
    {
        var result = new LoadResult(watchdog);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() => work(worker, result))));
        result.Elapsed = clock.Elapsed;
        return result;
    }

    private static void Print(string scenario, LoadResult result)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(
            culture,
            $"| {scenario} | {result.Operations} | {result.Succeeded} | {result.SlotUnavailable} | {result.Other} | {result.Elapsed.TotalSeconds:0.00} | {result.Operations / result.Elapsed.TotalSeconds:0} | {result.Latency.Percentile(0.50):0.0} | {result.Latency.Percentile(0.99):0.0} | {result.AppCpu.TotalMilliseconds / result.Operations:0.00} | {result.DatabaseCpu.TotalMilliseconds / result.Operations:0.00} |"));
        Console.Error.WriteLine(string.Create(
            culture,
            $"  {scenario}: {result.AllocatedBytes / 1024.0 / result.Operations:0} KB allocated, {result.GcPause.TotalMilliseconds / result.Operations:0.00} ms GC pause and {result.JitTime.TotalMilliseconds / result.Operations:0.00} ms JIT per operation ({result.JitMethods} methods compiled)"));
        if (result.FirstOtherError is { } error)
        {
            Console.WriteLine($"first unexpected error: {error}");
        }
    }

    private static async Task<Actor> CreateProviderAsync(IServiceProvider services)
    {
        var provider = (await CreateUsersAsync(services, UserRole.Provider, 1))[0];
        var schedule = services.GetRequiredService<ScheduleService>();
        await schedule.SaveSettingsAsync(provider, provider.UserId, new ProviderSettings
        {
            DefaultAppointmentLength = SlotLength,
            SlotStep = SlotLength,
            BookingWindowDays = 3650,
        });
        var wholeDays = Enum.GetValues<DayOfWeek>().Select(day => new WeeklyRule(day, TimeOnly.MinValue, TimeOnly.MinValue)).ToList();
        await schedule.ReplaceWeeklyRulesAsync(provider, provider.UserId, wholeDays);
        return provider;
    }

    private static async Task<Actor[]> CreateUsersAsync(IServiceProvider services, UserRole role, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingDbContext>();
        var users = Enumerable.Range(0, count).Select(i =>
        {
            var email = $"{role}-{i}-{Guid.NewGuid():N}@bench.test".ToLowerInvariant();
            return new User { Email = email, NormalizedEmail = email, DisplayName = $"{role} {i}", Role = role, CreatedAt = DateTimeOffset.UtcNow };
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return [.. users.Select(user => new Actor(user.Id, role))];
    }

    private sealed class LoadResult(ProgressWatchdog watchdog)
    {
        private int _succeeded;
        private int _slotUnavailable;
        private int _other;

        public LatencyRecorder Latency { get; } = new();

        public TimeSpan Elapsed { get; set; }

        public TimeSpan AppCpu { get; set; }

        public TimeSpan DatabaseCpu { get; set; }

        public long AllocatedBytes { get; set; }

        public TimeSpan GcPause { get; set; }

        public long JitMethods { get; set; }

        public TimeSpan JitTime { get; set; }

        public int Succeeded => _succeeded;

        public int SlotUnavailable => _slotUnavailable;

        public int Other => _other;

        public int Operations => _succeeded + _slotUnavailable + _other;

        public Exception? FirstOtherError { get; private set; }

        public async Task TimeAsync(Func<Task> operation)
        {
            var started = Stopwatch.GetTimestamp();
            watchdog.OperationStarted();
            try
            {
                await operation();
                Interlocked.Increment(ref _succeeded);
            }
            catch (SlotUnavailableException)
            {
                Interlocked.Increment(ref _slotUnavailable);
            }
            catch (Exception exception)
            {
                if (Interlocked.Increment(ref _other) == 1)
                {
                    FirstOtherError = exception;
                }
            }

            watchdog.OperationFinished();
            Latency.Add(Stopwatch.GetElapsedTime(started));
        }
    }
}
