using NodaTime;

namespace Booking.Domain.Scheduling;

/// <summary>The IANA time zones providers may use: the database bundled with NodaTime, the same on every machine.</summary>
public static class ProviderTimeZones
{
    /// <summary>The version of the time zone database in use (for example <c>2025b</c>).</summary>
    public static string DatabaseVersion => DateTimeZoneProviders.Tzdb.VersionId;

    /// <summary>True when <paramref name="timeZoneId"/> is a known IANA id (canonical or alias, case-sensitive).</summary>
    public static bool IsKnown(string? timeZoneId) => Find(timeZoneId) is not null;

    internal static DateTimeZone? Find(string? timeZoneId) =>
        string.IsNullOrEmpty(timeZoneId) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId);
}
