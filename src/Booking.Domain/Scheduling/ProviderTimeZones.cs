using System.Collections.Concurrent;
using NodaTime;

namespace Booking.Domain.Scheduling;

/// <summary>The IANA time zones providers may use: the database bundled with NodaTime, the same on every machine.</summary>
public static class ProviderTimeZones
{
    /// <summary>The version of the time zone database in use (for example <c>2025b</c>).</summary>
    public static string DatabaseVersion => DateTimeZoneProviders.Tzdb.VersionId;

    /// <summary>True when <paramref name="timeZoneId"/> is a known IANA id (canonical or alias, case-sensitive).</summary>
    public static bool IsKnown(string? timeZoneId) => Find(timeZoneId) is not null;

    /// <summary>
    /// Known zones by id. NodaTime's own lookup takes a lock on every call; this map is read lock-free on the hot
    /// path. Only ids found in the database are added, so its size is bounded by the database.
    /// </summary>
    private static readonly ConcurrentDictionary<string, DateTimeZone> Known = new(StringComparer.Ordinal);

    internal static DateTimeZone? Find(string? timeZoneId)
    {
        if (string.IsNullOrEmpty(timeZoneId))
        {
            return null;
        }

        if (Known.TryGetValue(timeZoneId, out var zone))
        {
            return zone;
        }

        zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId);
        return zone is null ? null : Known.GetOrAdd(timeZoneId, zone);
    }
}
