namespace Booking.Domain.Scheduling.Slots;

/// <summary>
/// Turns a provider's availability into instants: weekly rules and exceptions are local clock ranges mapped through
/// the zone (so a spring-forward gap is never available and a fall-back hour is available twice), manual slots and
/// appointments are instants already.
/// </summary>
internal static class AvailabilityWindows
{
    /// <summary>
    /// Fills <see cref="SlotWorkspace.Windows"/> with <c>(weekly hours − time off) ∪ extra hours ∪ manual slots</c>
    /// for the local dates <c>firstDay..lastDay</c> (day numbers), clipped to the loaded timeline. Extra hours and
    /// manual slots are added after time off is taken out, so they win over it.
    /// </summary>
    public static void Build(ProviderAvailability availability, int firstDay, int lastDay, SlotWorkspace workspace)
    {
        var timeline = workspace.Timeline;
        var rules = availability.Rules;
        for (var day = firstDay; day <= lastDay; day++)
        {
            var dayOfWeek = DayOfWeekOf(day);
            var midnight = day * TimeSpan.TicksPerDay;
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = rules[i];
                if (rule.Day == dayOfWeek)
                {
                    var end = rule.EndsAtMidnight ? midnight + TimeSpan.TicksPerDay : midnight + rule.End.Ticks;
                    timeline.AddPreimage(midnight + rule.Start.Ticks, end, workspace.WeeklyHours);
                }
            }
        }

        var exceptions = availability.Exceptions;
        for (var i = 0; i < exceptions.Count; i++)
        {
            var exception = exceptions[i];
            if (!exception.IsAvailable)
            {
                timeline.AddPreimage(exception.LocalStart.Ticks, exception.LocalEnd.Ticks, workspace.TimeOff);
            }
        }

        TickRangeSet.Normalize(workspace.WeeklyHours);
        TickRangeSet.Normalize(workspace.TimeOff);
        TickRangeSet.Subtract(workspace.WeeklyHours, workspace.TimeOff, workspace.Windows);

        for (var i = 0; i < exceptions.Count; i++)
        {
            var exception = exceptions[i];
            if (exception.IsAvailable)
            {
                timeline.AddPreimage(exception.LocalStart.Ticks, exception.LocalEnd.Ticks, workspace.Windows);
            }
        }

        var segments = timeline.Segments;
        var horizon = new TickRange(segments[0].Start, segments[^1].End);
        var manualSlots = availability.ManualSlots;
        for (var i = 0; i < manualSlots.Count; i++)
        {
            AddClipped(workspace.Windows, manualSlots[i].Start.UtcTicks, manualSlots[i].End.UtcTicks, horizon);
        }

        TickRangeSet.Normalize(workspace.Windows);
    }

    /// <summary>
    /// Fills <see cref="SlotWorkspace.Blocked"/> with the appointments widened so that a candidate slot may not
    /// overlap them. Every appointment, existing or new, keeps <c>BufferBefore</c> free before it and
    /// <c>BufferAfter</c> after it, so two appointments are at least <c>BufferAfter + BufferBefore</c> apart: an
    /// existing one blocks that distance on both sides.
    /// </summary>
    public static void BuildBlocked(ProviderAvailability availability, SlotWorkspace workspace)
    {
        var settings = availability.Settings;
        var gap = settings.BufferBefore.Ticks + settings.BufferAfter.Ticks;
        var segments = workspace.Timeline.Segments;
        var horizon = new TickRange(segments[0].Start, segments[^1].End);
        var busy = availability.Busy;
        for (var i = 0; i < busy.Count; i++)
        {
            AddClipped(workspace.Blocked, busy[i].Start.UtcTicks - gap, busy[i].End.UtcTicks + gap, horizon);
        }

        TickRangeSet.Normalize(workspace.Blocked);
    }

    /// <summary>Day number 0 is Monday 0001-01-01.</summary>
    private static DayOfWeek DayOfWeekOf(int dayNumber) => (DayOfWeek)((dayNumber + 1) % 7);

    private static void AddClipped(List<TickRange> into, long start, long end, TickRange horizon)
    {
        var clipped = new TickRange(Math.Max(start, horizon.Start), Math.Min(end, horizon.End));
        if (!clipped.IsEmpty)
        {
            into.Add(clipped);
        }
    }
}
