namespace Booking.Domain.Scheduling.Slots;

/// <summary>
/// The buffers one slot computation works in, kept per thread and reused, so that generating slots allocates little
/// beyond its result.
/// </summary>
internal sealed class SlotWorkspace
{
    /// <summary>A workspace that grew past this many slots is trimmed when returned, so one huge query does not pin memory.</summary>
    private const int RetainedSlotCapacity = 8192;

    [ThreadStatic]
    private static SlotWorkspace? t_cached;

    public ZoneTimeline Timeline { get; } = new();

    /// <summary>Weekly hours (instants), before time off is taken out.</summary>
    public List<TickRange> WeeklyHours { get; } = new(64);

    public List<TickRange> TimeOff { get; } = new(16);

    /// <summary>Availability windows: weekly hours − time off + extra hours + manual slots, normalized.</summary>
    public List<TickRange> Windows { get; } = new(64);

    /// <summary>Busy intervals widened by the buffers, normalized.</summary>
    public List<TickRange> Blocked { get; } = new(64);

    public List<Slot> Slots { get; } = new(256);

    public static SlotWorkspace Rent()
    {
        var workspace = t_cached ?? new SlotWorkspace();
        t_cached = null;
        return workspace;
    }

    public static void Return(SlotWorkspace workspace)
    {
        workspace.WeeklyHours.Clear();
        workspace.TimeOff.Clear();
        workspace.Windows.Clear();
        workspace.Blocked.Clear();
        workspace.Slots.Clear();
        if (workspace.Slots.Capacity > RetainedSlotCapacity)
        {
            workspace.Slots.Capacity = RetainedSlotCapacity;
        }

        t_cached = workspace;
    }
}
