using System.Globalization;
using System.Text;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.Types.Scalars;

/// <summary>
/// The <c>DateTime</c> and <c>Date</c> scalars write their text digit by digit; it must be exactly what .NET's custom
/// format strings for the same patterns give, in UTF-16 and UTF-8.
/// </summary>
public sealed class DateTimeTextTests
{
    private static readonly DateTimeOffset[] Instants = CreateInstants();

    [Fact]
    public void Date_times_are_written_as_the_format_strings_write_them()
    {
        Span<byte> utf8 = stackalloc byte[DateTimeText.MaxDateTimeLength];
        foreach (var value in Instants)
        {
            var expected = value.ToString(
                value.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss.fff'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fffzzz",
                CultureInfo.InvariantCulture);

            Assert.Equal(expected, DateTimeText.Format(value));
            Assert.Equal(expected, Encoding.UTF8.GetString(utf8[..DateTimeText.Write(value, utf8)]));
            Assert.Equal(expected, new DateTimeType().Serialize(value));
        }
    }

    [Fact]
    public void Dates_are_written_as_the_format_string_writes_them()
    {
        Span<byte> utf8 = stackalloc byte[DateTimeText.DateLength];
        foreach (var instant in Instants)
        {
            var value = DateOnly.FromDateTime(instant.DateTime);
            var expected = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            DateTimeText.Write(value, utf8);

            Assert.Equal(expected, DateTimeText.Format(value));
            Assert.Equal(expected, Encoding.UTF8.GetString(utf8));
            Assert.Equal(expected, new DateType().Serialize(value));
        }
    }

    private static DateTimeOffset[] CreateInstants()
    {
        var data = new List<DateTimeOffset>
        {
            DateTimeOffset.MinValue,
            DateTimeOffset.MaxValue,
            new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 29, 1, 30, 0, 5, TimeSpan.FromHours(14)),
            new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(-2)),
            new DateTimeOffset(999, 10, 9, 8, 7, 6, 54, TimeSpan.FromMinutes(-30)),
            new DateTimeOffset(2026, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(-14)).AddTicks(9_999),
        };

        var random = new Random(20261121);
        for (var i = 0; i < 200; i++)
        {
            var ticks = random.NextInt64(DateTimeOffset.MinValue.Ticks + TimeSpan.TicksPerDay, DateTimeOffset.MaxValue.Ticks - TimeSpan.TicksPerDay);
            data.Add(new DateTimeOffset(ticks, TimeSpan.FromMinutes(random.Next(-14 * 60, (14 * 60) + 1))));
        }

        return [.. data];
    }
}
