using System.Globalization;

namespace Meridian.Types;

/// <summary>Hot Chocolate's <c>Date</c>: a calendar date (<see cref="DateOnly"/>) as <c>yyyy-MM-dd</c>.</summary>
public sealed class DateType : StringFormatScalarType<DateOnly>
{
    private const string DateFormat = "yyyy-MM-dd";

    public DateType()
        : base(ScalarNames.Date, "The `Date` scalar represents an ISO-8601 compliant date type.", specifiedBy: null)
    {
    }

    protected override string FormatName => "date string (yyyy-MM-dd)";

    protected override bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    protected override string Format(DateOnly value) => DateTimeText.Format(value);

    protected override bool TryConvert(object value, out DateOnly result)
    {
        switch (value)
        {
            case DateOnly date:
                result = date;
                return true;
            case DateTime dateTime:
                result = DateOnly.FromDateTime(dateTime);
                return true;
            case DateTimeOffset offset:
                result = DateOnly.FromDateTime(offset.DateTime);
                return true;
            default:
                result = default;
                return false;
        }
    }
}
