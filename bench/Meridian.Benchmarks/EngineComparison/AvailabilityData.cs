namespace Meridian.Benchmarks.EngineComparison;

/// <summary>
/// The in-memory data of the three-level query: 10 providers × 10 days × 10 slots of 5 fields, 1,000 slots in all.
/// Generated deterministically here and exported as JSON for the graphql-js side, so both engines read the same data.
/// Dates and times are the runtime types of Meridian's <c>Date</c> and <c>DateTime</c> scalars (as an application's
/// entities hold them), so Meridian formats them on every execution; the graphql-js side, whose custom scalars pass
/// values through, reads them already formatted as Meridian writes them (<see cref="InputExporter"/>).
/// </summary>
public static class AvailabilityData
{
    public const int Providers = 10;
    public const int DaysPerProvider = 10;
    public const int SlotsPerDay = 10;

    private static readonly TimeSpan Offset = TimeSpan.FromHours(1);

    private static readonly string[] Statuses = ["OPEN", "FULL", "BLOCKED"];

    public static ProviderData[] Generate()
    {
        var firstDay = new DateOnly(2026, 12, 1);
        var providers = new ProviderData[Providers];
        for (var p = 0; p < Providers; p++)
        {
            var days = new AvailabilityDayData[DaysPerProvider];
            for (var d = 0; d < DaysPerProvider; d++)
            {
                var date = firstDay.AddDays(d);
                var slots = new SlotData[SlotsPerDay];
                for (var s = 0; s < SlotsPerDay; s++)
                {
                    var start = new DateTimeOffset(date.ToDateTime(new TimeOnly(8, 0)), Offset).AddMinutes(45 * s);
                    slots[s] = new SlotData(
                        $"slot-{p}-{d}-{s}",
                        start,
                        start.AddMinutes(45),
                        Statuses[(p + d + s) % Statuses.Length],
                        (s % 4) + 1);
                }

                days[d] = new AvailabilityDayData(date, slots);
            }

            providers[p] = new ProviderData($"provider-{p}", $"Provider {p}", days);
        }

        return providers;
    }
}

public sealed record ProviderData(string Id, string Name, AvailabilityDayData[] Availability);

public sealed record AvailabilityDayData(DateOnly Date, SlotData[] Slots);

public sealed record SlotData(string Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Status, int Capacity);
