using System.Globalization;

namespace Meridian.Types;

/// <summary>Hot Chocolate's <c>LocalTime</c>: a time of day without zone (<see cref="TimeOnly"/>) as <c>HH:mm:ss</c>.</summary>
public sealed class LocalTimeType : StringFormatScalarType<TimeOnly>
{
    private const string TimeFormat = "HH:mm:ss";

    public LocalTimeType()
        : base(
            ScalarNames.LocalTime,
            "The `LocalTime` scalar type is a local time string (i.e., with no associated timezone) in 24-hr HH:mm:ss.",
            specifiedBy: null)
    {
    }

    protected override string FormatName => "local time string (HH:mm:ss)";

    protected override bool TryParse(string text, out TimeOnly value) =>
        TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    protected override string Format(TimeOnly value) => value.ToString(TimeFormat, CultureInfo.InvariantCulture);

    protected override bool TryConvert(object value, out TimeOnly result)
    {
        switch (value)
        {
            case TimeOnly time:
                result = time;
                return true;
            case TimeSpan span when span >= TimeSpan.Zero && span < TimeSpan.FromDays(1):
                result = TimeOnly.FromTimeSpan(span);
                return true;
            case DateTime dateTime:
                result = TimeOnly.FromDateTime(dateTime);
                return true;
            default:
                result = default;
                return false;
        }
    }
}
