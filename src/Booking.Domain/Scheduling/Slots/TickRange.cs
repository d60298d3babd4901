namespace Booking.Domain.Scheduling.Slots;

/// <summary>
/// A half-open range <c>[Start, End)</c> of <see cref="DateTime"/> ticks: UTC instants, or local clock readings
/// where a name says so.
/// </summary>
internal readonly record struct TickRange(long Start, long End)
{
    public bool IsEmpty => Start >= End;
}

/// <summary>Orders ranges by start, then end; a singleton so sorting allocates nothing.</summary>
internal sealed class TickRangeComparer : IComparer<TickRange>
{
    public static readonly TickRangeComparer Instance = new();

    public int Compare(TickRange x, TickRange y)
    {
        var byStart = x.Start.CompareTo(y.Start);
        return byStart != 0 ? byStart : x.End.CompareTo(y.End);
    }
}
