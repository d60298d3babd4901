using Meridian.Types;
using static Meridian.GraphQL.Tests.Types.Scalars.ScalarAssert;

namespace Meridian.GraphQL.Tests.Types.Scalars;

public sealed class DateLocalTimeTypeTests
{
    private readonly DateType _date = new();
    private readonly LocalTimeType _time = new();

    [Fact]
    public void Date_reads_and_writes_yyyy_mm_dd()
    {
        Assert.Equal(new DateOnly(2026, 3, 29), ParseLiteral(_date, "\"2026-03-29\""));
        Assert.Equal(new DateOnly(2024, 2, 29), _date.ParseValue("2024-02-29"));
        Assert.Equal("2026-03-29", _date.Serialize(new DateOnly(2026, 3, 29)));
        Assert.Equal("2026-03-29", _date.Serialize(new DateTime(2026, 3, 29, 23, 59, 0)));
        Assert.Equal("\"0001-01-01\"", PrintLiteral(_date, DateOnly.MinValue));
        Assert.Equal(typeof(DateOnly), _date.RuntimeType);
        Assert.Null(_date.SpecifiedBy);
    }

    [Theory]
    [InlineData("2026-3-29")]
    [InlineData("2026-02-29")]
    [InlineData("2026-03-29T00:00:00Z")]
    [InlineData("29.03.2026")]
    public void Date_rejects_other_formats(string text) =>
        LiteralFails(_date, $"\"{text}\"", $"Date cannot represent an invalid date string (yyyy-MM-dd): \"{text}\"");

    [Fact]
    public void LocalTime_reads_and_writes_hh_mm_ss()
    {
        Assert.Equal(new TimeOnly(13, 45, 30), ParseLiteral(_time, "\"13:45:30\""));
        Assert.Equal(new TimeOnly(0, 0, 0), _time.ParseValue("00:00:00"));
        Assert.Equal("13:45:30", _time.Serialize(new TimeOnly(13, 45, 30, 500)));
        Assert.Equal("08:05:00", _time.Serialize(TimeSpan.FromMinutes(485)));
        Assert.Equal(typeof(TimeOnly), _time.RuntimeType);
    }

    [Theory]
    [InlineData("13:45")]
    [InlineData("24:00:00")]
    [InlineData("13:45:30.5")]
    [InlineData("1:45:30")]
    public void LocalTime_rejects_other_formats(string text) =>
        ValueFails(_time, text, $"LocalTime cannot represent an invalid local time string (HH:mm:ss): \"{text}\"");

    [Fact]
    public void LocalTime_refuses_to_serialize_spans_beyond_a_day() =>
        SerializeFails(_time, TimeSpan.FromHours(25), "LocalTime cannot represent value: 1.01:00:00");
}
