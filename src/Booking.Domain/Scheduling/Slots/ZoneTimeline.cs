using System.Runtime.InteropServices;
using NodaTime;

namespace Booking.Domain.Scheduling.Slots;

/// <summary>
/// A provider's UTC offsets over a bounded stretch of time, as a short sorted list of <see cref="ZoneSegment"/>s,
/// and the two mappings slot generation needs: instant → local clock, and local clock range → the instants whose
/// local reading falls inside it (nothing for a spring-forward gap, both occurrences of a fall-back hour).
/// </summary>
/// <remarks>
/// Why NodaTime rather than <see cref="TimeZoneInfo"/>: NodaTime ships its own IANA database (the same data on every
/// machine and container, with or without the OS tzdata package, so tests and production agree) and exposes the
/// zone as exact intervals between transitions, which is what this class works on; <see cref="TimeZoneInfo"/>
/// describes zones with adjustment rules whose transition edges and historical corner cases are its own model.
/// A zone's intervals are cached by NodaTime, so reading them allocates nothing on the hot path.
/// </remarks>
internal sealed class ZoneTimeline
{
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    private readonly List<ZoneSegment> _segments = new(8);

    public ReadOnlySpan<ZoneSegment> Segments => CollectionsMarshal.AsSpan(_segments);

    /// <summary>Loads the offsets of <paramref name="zone"/> for UTC instants in <c>[start, end)</c>.</summary>
    public void Load(DateTimeZone zone, long start, long end)
    {
        _segments.Clear();
        var interval = zone.GetZoneInterval(ToInstant(start));
        while (true)
        {
            var intervalStart = interval.HasStart ? ToTicks(interval.Start) : long.MinValue;
            var intervalEnd = interval.HasEnd ? ToTicks(interval.End) : long.MaxValue;
            _segments.Add(new ZoneSegment(Math.Max(intervalStart, start), Math.Min(intervalEnd, end), interval.WallOffset.Ticks));
            if (intervalEnd >= end)
            {
                return;
            }

            interval = zone.GetZoneInterval(interval.End);
        }
    }

    /// <summary>Index of the segment holding the UTC instant; the first or last one outside the loaded stretch.</summary>
    public int IndexOf(long utcTicks)
    {
        var segments = Segments;
        var index = 0;
        while (index < segments.Length - 1 && segments[index].End <= utcTicks)
        {
            index++;
        }

        return index;
    }

    public long OffsetAt(long utcTicks) => Segments[IndexOf(utcTicks)].OffsetTicks;

    /// <summary>
    /// Appends the UTC instants whose local clock reading lies in <c>[localStart, localEnd)</c>. Each segment maps
    /// linearly, so the preimage is at most one range per segment: a gap maps to nothing, a repeated hour to two.
    /// </summary>
    public void AddPreimage(long localStart, long localEnd, List<TickRange> into)
    {
        foreach (var segment in Segments)
        {
            var start = Math.Max(segment.Start, localStart - segment.OffsetTicks);
            var end = Math.Min(segment.End, localEnd - segment.OffsetTicks);
            if (start < end)
            {
                into.Add(new TickRange(start, end));
            }
        }
    }

    private static Instant ToInstant(long utcTicks) => Instant.FromUnixTimeTicks(utcTicks - UnixEpochTicks);

    private static long ToTicks(Instant instant) => instant.ToUnixTimeTicks() + UnixEpochTicks;
}
