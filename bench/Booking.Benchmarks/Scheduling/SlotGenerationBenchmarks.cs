using BenchmarkDotNet.Attributes;
using Booking.Domain.Scheduling;
using Booking.Domain.Scheduling.Slots;

namespace Booking.Benchmarks.Scheduling;

/// <summary>
/// Slot generation for one provider over 31 days (goal: under 1 ms) and for 1,000 providers over one day.
/// Schedules are realistic: split weekday hours and a Saturday, a 15-minute step, buffers, notice, a day and an
/// afternoon off, extra Sunday hours, a manual slot, about three appointments per working day, and a range that
/// crosses the March DST change in Europe.
/// </summary>
[MemoryDiagnoser]
public class SlotGenerationBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 3, 9, 7, 0, 0, TimeSpan.Zero);
    private static readonly string[] Zones =
    [
        "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "America/Los_Angeles",
        "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London", "Asia/Tokyo", "America/Sao_Paulo",
    ];

    private readonly SlotGenerator _generator = new();
    private ProviderAvailability _provider = null!;
    private ProviderAvailability[] _providers = null!;
    private SlotQuery _month = null!;
    private SlotQuery _day = null!;
    private Slot _bookable;

    [GlobalSetup]
    public void Setup()
    {
        _month = new SlotQuery(new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 9), TimeSpan.FromMinutes(30));
        _day = new SlotQuery(new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 12), TimeSpan.FromMinutes(30));
        _provider = CreateProvider("Europe/Berlin", seed: 1);
        _providers = [.. Enumerable.Range(0, 1000).Select(i => CreateProvider(Zones[i % Zones.Length], seed: i))];
        _bookable = _generator.Generate(_provider, _month, Now)[200];
    }

    [Benchmark(Description = "1 provider, 31 days")]
    public int OneProviderOneMonth() => _generator.Generate(_provider, _month, Now).Count;

    [Benchmark(Description = "1,000 providers, 1 day")]
    public int ThousandProvidersOneDay()
    {
        var total = 0;
        foreach (var provider in _providers)
        {
            total += _generator.Generate(provider, _day, Now).Count;
        }

        return total;
    }

    [Benchmark(Description = "IsBookable, 1 slot")]
    public bool IsBookable() => _generator.IsBookable(_provider, _bookable.Start, _bookable.End, Now);

    private static ProviderAvailability CreateProvider(string zone, int seed)
    {
        var random = new Random(seed);
        var settings = new ScheduleSettings(zone, TimeSpan.FromMinutes(15), TimeSpan.FromHours(2), 60, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
        List<WeeklyAvailabilityRule> rules = [new(DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(14, 0))];
        for (var day = DayOfWeek.Monday; day <= DayOfWeek.Friday; day++)
        {
            rules.Add(new WeeklyAvailabilityRule(day, new TimeOnly(9, 0), new TimeOnly(12, 30)));
            rules.Add(new WeeklyAvailabilityRule(day, new TimeOnly(13, 30), new TimeOnly(18, 0)));
        }

        AvailabilityException[] exceptions =
        [
            new(new DateTime(2026, 3, 17), new DateTime(2026, 3, 18), false, "holiday"),
            new(new DateTime(2026, 3, 25, 13, 0, 0), new DateTime(2026, 3, 26), false, "afternoon off"),
            new(new DateTime(2026, 3, 22, 10, 0, 0), new DateTime(2026, 3, 22, 13, 0, 0), true, "extra Sunday"),
        ];
        ManualSlot[] manual = [new(new DateTimeOffset(2026, 4, 5, 15, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 5, 17, 0, 0, TimeSpan.Zero))];

        var busy = new List<BusyInterval>();
        for (var date = new DateTime(2026, 3, 10); date <= new DateTime(2026, 4, 9); date = date.AddDays(1))
        {
            for (var i = 0; i < 3; i++)
            {
                var start = new DateTimeOffset(date.AddHours(6 + random.Next(0, 12)).AddMinutes(15 * random.Next(0, 4)), TimeSpan.Zero);
                busy.Add(new BusyInterval(start, start.AddMinutes(30 * random.Next(1, 4))));
            }
        }

        return new ProviderAvailability(settings, rules, exceptions, manual, busy);
    }
}
