using Meridian.Types;
using static Meridian.GraphQL.Tests.Types.Scalars.ScalarAssert;

namespace Meridian.GraphQL.Tests.Types.Scalars;

public sealed class DateTimeTypeTests
{
    private readonly DateTimeType _type = new();

    [Theory]
    [InlineData("2026-03-29T01:30:00.000+01:00", 2026, 3, 29, 1, 30, 0, 0, 60)]
    [InlineData("2026-03-29T01:30:00Z", 2026, 3, 29, 1, 30, 0, 0, 0)]
    [InlineData("2026-03-29t01:30:00z", 2026, 3, 29, 1, 30, 0, 0, 0)]
    [InlineData("2026-03-29T01:30:00.5-05:30", 2026, 3, 29, 1, 30, 0, 500, -330)]
    [InlineData("2024-02-29T23:59:59+14:00", 2024, 2, 29, 23, 59, 59, 0, 840)]
    [InlineData("0001-01-01T00:00:00Z", 1, 1, 1, 0, 0, 0, 0, 0)]
    public void Parses_rfc_3339_date_times_with_offset(string text, int year, int month, int day, int hour, int minute, int second, int millisecond, int offsetMinutes)
    {
        var expected = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.FromMinutes(offsetMinutes));
        var parsed = (DateTimeOffset)ParseLiteral(_type, $"\"{text}\"")!;
        Assert.Equal(expected, parsed);
        Assert.Equal(expected.Offset, parsed.Offset);
        Assert.Equal(expected, _type.ParseValue(text));
    }

    [Fact]
    public void Keeps_seven_fraction_digits()
    {
        var parsed = (DateTimeOffset)_type.ParseValue("2026-03-29T01:30:00.1234567Z")!;
        Assert.Equal(1234567, parsed.Ticks % TimeSpan.TicksPerSecond);
    }

    [Theory]
    [InlineData("2026-03-29T01:30:00")]
    [InlineData("2026-03-29T01:30:00-00:00")]
    [InlineData("2026-03-29 01:30:00Z")]
    [InlineData("2026-03-29T24:00:00Z")]
    [InlineData("2026-02-30T00:00:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-12-31T23:59:60Z")]
    [InlineData("2026-03-29T01:30:00.12345678Z")]
    [InlineData("2026-03-29T01:30:00+15:00")]
    [InlineData("2026-03-29T01:30Z")]
    [InlineData("2026-03-29")]
    [InlineData("")]
    public void Rejects_strings_that_are_not_rfc_3339_date_times_with_offset(string text)
    {
        LiteralFails(_type, $"\"{text}\"", $"DateTime cannot represent an invalid RFC 3339 date-time string: \"{text}\"");
        ValueFails(_type, text, $"DateTime cannot represent an invalid RFC 3339 date-time string: \"{text}\"");
    }

    [Fact]
    public void Rejects_non_strings()
    {
        LiteralFails(_type, "1", "DateTime cannot represent a non string value: 1");
        ValueFails(_type, 1L, "DateTime cannot represent a non string value: 1");
    }

    [Fact]
    public void Serializes_with_milliseconds_and_offset()
    {
        var local = new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(1));
        Assert.Equal("2026-03-29T01:30:00.000+01:00", _type.Serialize(local));
        Assert.Equal("2026-03-29T00:30:00.000Z", _type.Serialize(local.ToUniversalTime()));
        Assert.Equal("2026-03-29T01:30:00.123-05:30", _type.Serialize(new DateTimeOffset(2026, 3, 29, 1, 30, 0, 123, TimeSpan.FromMinutes(-330)).AddTicks(4567)));
        Assert.Equal("2026-03-29T00:30:00.000Z", _type.Serialize(new DateTime(2026, 3, 29, 0, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("2026-03-29T00:30:00.000Z", _type.Serialize(new DateTime(2026, 3, 29, 0, 30, 0, DateTimeKind.Unspecified)));
        SerializeFails(_type, "2026-03-29T00:30:00Z", "DateTime cannot represent value: \"2026-03-29T00:30:00Z\"");
        Assert.Equal("\"2026-03-29T01:30:00.000+01:00\"", PrintLiteral(_type, local));
    }

    [Fact]
    public void Round_trips_serialized_values()
    {
        var value = new DateTimeOffset(2026, 10, 25, 2, 59, 59, 999, TimeSpan.FromHours(2));
        Assert.Equal(value, _type.ParseValue(_type.Serialize(value)));
    }

    [Fact]
    public void Is_specified_by_the_date_time_scalar_specification()
    {
        Assert.Equal("https://www.graphql-scalars.com/date-time", _type.SpecifiedBy);
        Assert.Equal("The `DateTime` scalar represents an ISO-8601 compliant date time type.", _type.Description);
        Assert.Equal(typeof(DateTimeOffset), _type.RuntimeType);
    }
}
