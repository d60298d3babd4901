using System.Globalization;

namespace Meridian.Benchmarks.EngineComparison;

/// <summary>
/// The in-memory data of the three-level query: 10 providers × 10 days × 10 slots of 5 fields, 1,000 slots in all.
/// Generated deterministically here and exported as JSON for the graphql-js side, so both engines read the same data.
/// </summary>
public static class AvailabilityData
{
    public const int Providers = 10;
    public const int DaysPerProvider = 10;
    public const int SlotsPerDay = 10;

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
                    var start = date.ToDateTime(new TimeOnly(8, 0)).AddMinutes(45 * s);
                    slots[s] = new SlotData(
                        $"slot-{p}-{d}-{s}",
                        FormatTime(start),
                        FormatTime(start.AddMinutes(45)),
                        Statuses[(p + d + s) % Statuses.Length],
                        (s % 4) + 1);
                }

                days[d] = new AvailabilityDayData(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), slots);
            }

            providers[p] = new ProviderData($"provider-{p}", $"Provider {p}", days);
        }

        return providers;
    }

    private static string FormatTime(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'+01:00'", CultureInfo.InvariantCulture);
}

public sealed record ProviderData(string Id, string Name, AvailabilityDayData[] Availability);

public sealed record AvailabilityDayData(string Date, SlotData[] Slots);

public sealed record SlotData(string Id, string StartsAt, string EndsAt, string Status, int Capacity);
