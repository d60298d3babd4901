using System.Globalization;

namespace Booking.Domain.Tests.Scheduling;

/// <summary>Readable instants and local readings for slot tests.</summary>
internal static class Time
{
    /// <summary>A clock reading well before every date the tests ask for.</summary>
    public static readonly DateTimeOffset LongBefore = Instant("2026-01-01T00:00Z");

    /// <summary>Parses an ISO 8601 instant with its offset or Z, for example <c>2026-03-29T01:00Z</c>.</summary>
    public static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>A local clock reading without a zone, as exceptions carry it.</summary>
    public static DateTime Local(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Unspecified);

    public static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>UTC as <c>2026-03-29T01:00Z</c>.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>With the offset it carries, as <c>2026-03-29T03:00+02:00</c>.</summary>
    public static string WithOffset(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
}
