using System.Globalization;
using System.Text.RegularExpressions;

namespace Meridian.Types;

/// <summary>
/// Hot Chocolate's <c>DateTime</c>: an instant with its UTC offset, as an RFC 3339 date-time string. Input must carry
/// an offset (<c>Z</c> or <c>±hh:mm</c>, not the unknown-offset <c>-00:00</c>) and at most 7 fraction digits; output
/// has milliseconds: <c>2026-03-29T01:30:00.000+01:00</c>, or <c>…Z</c> when the offset is zero. A
/// <see cref="System.DateTime"/> of kind Local is converted to UTC; kind Unspecified is taken as UTC.
/// </summary>
public sealed partial class DateTimeType : StringFormatScalarType<DateTimeOffset>
{
    public const string SpecifiedByUrl = "https://www.graphql-scalars.com/date-time";

    public DateTimeType()
        : base(ScalarNames.DateTime, "The `DateTime` scalar represents an ISO-8601 compliant date time type.", SpecifiedByUrl)
    {
    }

    protected override string FormatName => "RFC 3339 date-time string";

    protected override bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return Rfc3339().IsMatch(text)
            && !text.EndsWith("-00:00", StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    protected override string Format(DateTimeOffset value) => DateTimeText.Format(value);

    protected override bool TryConvert(object value, out DateTimeOffset result)
    {
        switch (value)
        {
            case DateTimeOffset offset:
                result = offset;
                return true;
            case DateTime dateTime:
                result = ToDateTimeOffset(dateTime);
                return true;
            default:
                result = default;
                return false;
        }
    }

    /// <summary>A <see cref="DateTime"/> as this scalar takes it: kind Local converted to UTC, Unspecified taken as UTC.</summary>
    internal static DateTimeOffset ToDateTimeOffset(DateTime dateTime)
    {
        var utc = dateTime.Kind switch
        {
            DateTimeKind.Local => dateTime.ToUniversalTime(),
            _ => DateTime.SpecifyKind(dateTime, DateTimeKind.Utc),
        };
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?([Zz]|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
