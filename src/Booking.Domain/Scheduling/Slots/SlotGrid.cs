using System.Runtime.InteropServices;

namespace Booking.Domain.Scheduling.Slots;

/// <summary>What a slot must satisfy besides fitting into free time: all UTC ticks or local day numbers.</summary>
/// <param name="FirstDay">First local date (day number) a slot may start on.</param>
/// <param name="LastDay">Last local date (day number) a slot may start on.</param>
/// <param name="Length">Slot length in real elapsed ticks.</param>
/// <param name="Step">Grid step in local clock ticks.</param>
/// <param name="EarliestStart">now + minimum notice (inclusive).</param>
/// <param name="LatestStart">now + booking window (inclusive).</param>
internal readonly record struct SlotGridRequest(int FirstDay, int LastDay, long Length, long Step, long EarliestStart, long LatestStart);

/// <summary>
/// Lays the slot grid over the free parts of each availability window.
/// </summary>
/// <remarks>
/// Alignment: slot starts are the instants whose local clock reading is <c>anchor + k × step</c>, where the anchor is
/// the local start of the availability window (weekly hours − time off + extra hours + manual slots, before
/// appointments and notice are taken out, so bookings never shift the grid), or local midnight of the slot's date
/// when the window began on an earlier date. The second rule keeps a date's slots independent of which dates were
/// asked for; with a step that divides a day it changes nothing. Being in local time, the grid skips clock
/// readings that do not exist (spring forward) and yields both instants of a repeated reading (fall back).
/// A slot is <c>[start, start + length)</c> in real time and must lie inside one free part, so a slot that crosses a
/// transition keeps its exact length and its local end shows the new offset.
/// </remarks>
internal static class SlotGrid
{
    public static void Collect(SlotWorkspace workspace, in SlotGridRequest request)
    {
        var timeline = workspace.Timeline;
        var blocked = CollectionsMarshal.AsSpan(workspace.Blocked);
        var nextBlocked = 0;
        foreach (var window in CollectionsMarshal.AsSpan(workspace.Windows))
        {
            var anchorLocal = window.Start + timeline.OffsetAt(window.Start);
            var anchor = new GridAnchor(anchorLocal, TickMath.DayOf(anchorLocal));
            while (nextBlocked < blocked.Length && blocked[nextBlocked].End <= window.Start)
            {
                nextBlocked++;
            }

            var freeStart = window.Start;
            for (var i = nextBlocked; i < blocked.Length && blocked[i].Start < window.End; i++)
            {
                if (blocked[i].Start > freeStart)
                {
                    CollectFreePart(workspace, request, anchor, freeStart, blocked[i].Start);
                }

                freeStart = Math.Max(freeStart, blocked[i].End);
            }

            if (freeStart < window.End)
            {
                CollectFreePart(workspace, request, anchor, freeStart, window.End);
            }
        }
    }

    private static void CollectFreePart(SlotWorkspace workspace, in SlotGridRequest request, GridAnchor anchor, long freeStart, long freeEnd)
    {
        var first = Math.Max(freeStart, request.EarliestStart);
        var last = Math.Min(freeEnd - request.Length, request.LatestStart);
        if (first > last)
        {
            return;
        }

        var firstLocal = request.FirstDay * TimeSpan.TicksPerDay;
        var lastLocal = ((request.LastDay + 1) * TimeSpan.TicksPerDay) - 1;
        var segments = workspace.Timeline.Segments;
        for (var s = workspace.Timeline.IndexOf(first); s < segments.Length && segments[s].Start <= last; s++)
        {
            var offset = segments[s].OffsetTicks;
            var localFrom = Math.Max(Math.Max(first, segments[s].Start) + offset, firstLocal);
            var localTo = Math.Min(Math.Min(last, segments[s].End - 1) + offset, lastLocal);
            for (var day = TickMath.DayOf(localFrom); localFrom <= localTo; day++)
            {
                var dayEnd = Math.Min(localTo, ((day + 1) * TimeSpan.TicksPerDay) - 1);
                var origin = day == anchor.Day ? anchor.Local : day * TimeSpan.TicksPerDay;
                var local = origin + (TickMath.CeilDiv(localFrom - origin, request.Step) * request.Step);
                for (; local <= dayEnd; local += request.Step)
                {
                    workspace.Slots.Add(CreateSlot(workspace.Timeline, local - offset, offset, request.Length));
                }

                localFrom = dayEnd + 1;
            }
        }
    }

    private static Slot CreateSlot(ZoneTimeline timeline, long start, long startOffset, long length)
    {
        var end = start + length;
        return new Slot(
            new DateTimeOffset(start, TimeSpan.Zero),
            new DateTimeOffset(end, TimeSpan.Zero),
            ToLocal(start, startOffset),
            ToLocal(end, timeline.OffsetAt(end)));
    }

    /// <summary>
    /// The instant with the local offset for display. <see cref="DateTimeOffset"/> needs whole minutes; the few zones
    /// whose offset had seconds after 1900 (Africa/Monrovia until 1972) are shown truncated to the minute.
    /// </summary>
    private static DateTimeOffset ToLocal(long utc, long offset)
    {
        var displayOffset = offset - (offset % TimeSpan.TicksPerMinute);
        return new DateTimeOffset(utc + displayOffset, TimeSpan.FromTicks(displayOffset));
    }

    /// <summary>The grid origin of a window: its local start and that reading's date (day number).</summary>
    private readonly record struct GridAnchor(long Local, long Day);
}
