using System.Runtime.InteropServices;

namespace Booking.Domain.Scheduling.Slots;

/// <summary>
/// Set operations on lists of <see cref="TickRange"/>. A list is <em>normalized</em> when it is sorted and its ranges
/// neither overlap nor touch; the operations work in place or into a caller's list so the hot path reuses buffers.
/// </summary>
internal static class TickRangeSet
{
    /// <summary>Sorts the ranges and merges those that overlap or touch; drops empty ones.</summary>
    public static void Normalize(List<TickRange> ranges)
    {
        if (ranges.Count == 0)
        {
            return;
        }

        var span = CollectionsMarshal.AsSpan(ranges);
        if (!IsSorted(span))
        {
            span.Sort(TickRangeComparer.Instance);
        }

        var kept = 0;
        foreach (var range in span)
        {
            if (range.IsEmpty)
            {
                continue;
            }

            if (kept > 0 && range.Start <= span[kept - 1].End)
            {
                var last = span[kept - 1];
                span[kept - 1] = last with { End = Math.Max(last.End, range.End) };
            }
            else
            {
                span[kept++] = range;
            }
        }

        ranges.RemoveRange(kept, ranges.Count - kept);
    }

    /// <summary>Appends <c>source − removed</c> to <paramref name="result"/>; both inputs normalized.</summary>
    public static void Subtract(List<TickRange> source, List<TickRange> removed, List<TickRange> result)
    {
        var cut = CollectionsMarshal.AsSpan(removed);
        var next = 0;
        foreach (var range in CollectionsMarshal.AsSpan(source))
        {
            var start = range.Start;
            while (next < cut.Length && cut[next].End <= start)
            {
                next++;
            }

            for (var i = next; i < cut.Length && cut[i].Start < range.End; i++)
            {
                if (cut[i].Start > start)
                {
                    result.Add(new TickRange(start, cut[i].Start));
                }

                start = Math.Max(start, cut[i].End);
            }

            if (start < range.End)
            {
                result.Add(new TickRange(start, range.End));
            }
        }
    }

    /// <summary>Inputs usually arrive in order (rules by day, appointments by start), so check before sorting.</summary>
    private static bool IsSorted(ReadOnlySpan<TickRange> ranges)
    {
        for (var i = 1; i < ranges.Length; i++)
        {
            if (TickRangeComparer.Instance.Compare(ranges[i - 1], ranges[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
