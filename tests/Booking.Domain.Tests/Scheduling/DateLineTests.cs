namespace Booking.Domain.Tests.Scheduling;

/// <summary>
/// Providers on either side of the date line: Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC−11). A query for
/// a local date returns the slots of that local date, which lie on other UTC dates.
/// </summary>
public sealed class DateLineTests
{
    [Fact]
    public void Kiritimati_morning_slots_fall_on_the_previous_utc_date()
    {
        var provider = new ProviderBuilder("Pacific/Kiritimati").Daily("09:00", "11:00").Build();

        var slots = SlotRun.Generate(provider, "2026-01-12", "2026-01-12", 30);

        Assert.Equal(["2026-01-11T19:00Z", "2026-01-11T19:30Z", "2026-01-11T20:00Z", "2026-01-11T20:30Z"], SlotRun.StartsOf(slots));
        Assert.Equal("2026-01-12T09:00+14:00", Time.WithOffset(slots[0].LocalStart));
    }

    [Fact]
    public void Pago_Pago_evening_slots_fall_on_the_next_utc_date()
    {
        var provider = new ProviderBuilder("Pacific/Pago_Pago").Step(60).Daily("21:00", "00:00").Build();

        var slots = SlotRun.Generate(provider, "2026-01-12", "2026-01-12", 60);

        Assert.Equal(["2026-01-13T08:00Z", "2026-01-13T09:00Z", "2026-01-13T10:00Z"], SlotRun.StartsOf(slots));
        Assert.Equal("2026-01-12T23:00-11:00/2026-01-13T00:00-11:00", SlotRun.LocalRanges(slots)[^1]);
    }

    [Fact]
    public void The_same_local_date_covers_different_utc_days_on_either_side_of_the_date_line()
    {
        var kiritimati = new ProviderBuilder("Pacific/Kiritimati").Step(60).Daily("00:00", "00:00").Build();
        var pagoPago = new ProviderBuilder("Pacific/Pago_Pago").Step(60).Daily("00:00", "00:00").Build();

        var east = SlotRun.Starts(kiritimati, "2026-01-12", 60);
        var west = SlotRun.Starts(pagoPago, "2026-01-12", 60);

        Assert.Equal(24, east.Length);
        Assert.Equal(["2026-01-11T10:00Z", "2026-01-12T09:00Z"], [east[0], east[^1]]);
        Assert.Equal(24, west.Length);
        Assert.Equal(["2026-01-12T11:00Z", "2026-01-13T10:00Z"], [west[0], west[^1]]);
    }

    [Fact]
    public void Kiritimati_weekly_rule_uses_the_local_day_of_the_week()
    {
        // 2026-01-12 is a Monday in Kiritimati while it is still Sunday in UTC.
        var provider = new ProviderBuilder("Pacific/Kiritimati").Step(60).Weekly(DayOfWeek.Monday, "08:00", "10:00").Build();

        Assert.Equal(["2026-01-11T18:00Z", "2026-01-11T19:00Z"], SlotRun.Starts(provider, "2026-01-12", 60));
        Assert.Empty(SlotRun.Starts(provider, "2026-01-11", 60));
    }

    [Fact]
    public void Pago_Pago_weekly_rule_uses_the_local_day_of_the_week()
    {
        // Sunday evening in Pago Pago is Monday morning in UTC.
        var provider = new ProviderBuilder("Pacific/Pago_Pago").Step(60).Weekly(DayOfWeek.Sunday, "20:00", "22:00").Build();

        Assert.Equal(["2026-01-12T07:00Z", "2026-01-12T08:00Z"], SlotRun.Starts(provider, "2026-01-11", 60));
        Assert.Empty(SlotRun.Starts(provider, "2026-01-12", 60));
    }
}
