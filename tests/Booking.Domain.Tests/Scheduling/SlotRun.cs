using Booking.Domain.Scheduling;
using Booking.Domain.Scheduling.Slots;

namespace Booking.Domain.Tests.Scheduling;

/// <summary>
/// Runs the generator and checks what must hold for every result: sorted, no duplicates, exact length, UTC and
/// local views of the same instants, starts on the asked local dates, and every slot bookable.
/// </summary>
internal static class SlotRun
{
    public static readonly SlotGenerator Generator = new();

    public static IReadOnlyList<Slot> Generate(ProviderAvailability provider, string from, string to, int lengthMinutes, DateTimeOffset? now = null)
    {
        var query = new SlotQuery(Time.Date(from), Time.Date(to), TimeSpan.FromMinutes(lengthMinutes));
        var clock = now ?? Time.LongBefore;
        var slots = Generator.Generate(provider, query, clock);
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            Assert.Equal(TimeSpan.Zero, slot.Start.Offset);
            Assert.Equal(TimeSpan.Zero, slot.End.Offset);
            Assert.Equal(query.Length, slot.End - slot.Start);
            Assert.Equal(slot.Start.UtcTicks, slot.LocalStart.UtcTicks);
            Assert.Equal(slot.End.UtcTicks, slot.LocalEnd.UtcTicks);
            Assert.InRange(DateOnly.FromDateTime(slot.LocalStart.DateTime), query.From, query.To);
            Assert.True(i == 0 || slots[i - 1].Start < slot.Start, $"not strictly sorted at {i}");
            Assert.True(Generator.IsBookable(provider, slot.Start, slot.End, clock), $"{Time.Utc(slot.Start)} generated but not bookable");
        }

        return slots;
    }

    /// <summary>The UTC starts of the slots for one date, as <c>2026-03-29T01:00Z</c>.</summary>
    public static string[] Starts(ProviderAvailability provider, string date, int lengthMinutes, DateTimeOffset? now = null) =>
        StartsOf(Generate(provider, date, date, lengthMinutes, now));

    public static string[] StartsOf(IReadOnlyList<Slot> slots) => [.. slots.Select(slot => Time.Utc(slot.Start))];

    /// <summary>Local starts with the offsets shown, as <c>2026-03-29T03:00+02:00</c>.</summary>
    public static string[] LocalStarts(IEnumerable<Slot> slots) => [.. slots.Select(slot => Time.WithOffset(slot.LocalStart))];

    /// <summary>Local start–end of each slot with the offsets shown, as <c>2026-03-29T01:00+01:00/2026-03-29T03:00+02:00</c>.</summary>
    public static string[] LocalRanges(IReadOnlyList<Slot> slots) =>
        [.. slots.Select(slot => $"{Time.WithOffset(slot.LocalStart)}/{Time.WithOffset(slot.LocalEnd)}")];
}
