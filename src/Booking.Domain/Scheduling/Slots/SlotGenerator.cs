using System.Runtime.InteropServices;
using NodaTime;

namespace Booking.Domain.Scheduling.Slots;

/// <summary>
/// Free slots for one provider: weekly rules in the provider's IANA time zone, minus time off, plus extra hours and
/// manual slots, laid on the slot grid (see <see cref="SlotGrid"/> for alignment and DST), minus appointments with
/// their buffers, minus starts before <c>now + MinimumNotice</c> or after <c>now + BookingWindowDays</c>.
/// Stateless and thread-safe.
/// </summary>
public sealed class SlotGenerator : ISlotGenerator
{
    /// <summary>
    /// UTC days of time zone data loaded around the queried dates: rules are read from the day before the first date
    /// to the day after the last (a slot is at most a day long), plus the largest UTC offset on either side.
    /// </summary>
    private const int DaysBefore = 2;
    private const int DaysAfter = 3;

    public IReadOnlyList<Slot> Generate(ProviderAvailability availability, SlotQuery query, DateTimeOffset now)
    {
        var zone = SlotInputValidator.ValidateAvailability(availability);
        SlotInputValidator.ValidateQuery(query);
        var workspace = SlotWorkspace.Rent();
        try
        {
            Collect(workspace, availability, zone, query.From.DayNumber, query.To.DayNumber, query.Length.Ticks, now);
            return workspace.Slots.Count == 0 ? [] : workspace.Slots.ToArray();
        }
        finally
        {
            SlotWorkspace.Return(workspace);
        }
    }

    public bool IsBookable(ProviderAvailability availability, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        var zone = SlotInputValidator.ValidateAvailability(availability);
        SlotInputValidator.ValidateLength(end - start, "end");
        var offset = zone.GetUtcOffset(Instant.FromDateTimeOffset(start)).Ticks;
        var localDay = TickMath.DayOf(start.UtcTicks + offset);
        if (localDay < SlotLimits.MinDate.DayNumber || localDay > SlotLimits.MaxDate.DayNumber)
        {
            throw SlotInputValidator.Invalid("start", $"Slots start between {SlotLimits.MinDate:yyyy-MM-dd} and {SlotLimits.MaxDate:yyyy-MM-dd}.");
        }

        var workspace = SlotWorkspace.Rent();
        try
        {
            Collect(workspace, availability, zone, (int)localDay, (int)localDay, (end - start).Ticks, now);
            return CollectionsMarshal.AsSpan(workspace.Slots).BinarySearch(new StartsAt(start.UtcTicks)) >= 0;
        }
        finally
        {
            SlotWorkspace.Return(workspace);
        }
    }

    private static void Collect(SlotWorkspace workspace, ProviderAvailability availability, DateTimeZone zone, int firstDay, int lastDay, long length, DateTimeOffset now)
    {
        var settings = availability.Settings;
        workspace.Timeline.Load(zone, (firstDay - DaysBefore) * TimeSpan.TicksPerDay, (lastDay + 1 + DaysAfter) * TimeSpan.TicksPerDay);
        AvailabilityWindows.Build(availability, firstDay - 1, lastDay + 1, workspace);
        AvailabilityWindows.BuildBlocked(availability, workspace);
        var request = new SlotGridRequest(
            firstDay,
            lastDay,
            length,
            settings.SlotStep.Ticks,
            now.UtcTicks + settings.MinimumNotice.Ticks,
            now.UtcTicks + (settings.BookingWindowDays * TimeSpan.TicksPerDay));
        SlotGrid.Collect(workspace, request);
    }

    /// <summary>Compares a slot's start with an instant, for a binary search over the sorted slots.</summary>
    private readonly struct StartsAt(long utcTicks) : IComparable<Slot>
    {
        public int CompareTo(Slot other) => utcTicks.CompareTo(other.Start.UtcTicks);
    }
}
