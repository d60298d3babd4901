namespace Booking.Domain.Tests.Scheduling;

/// <summary>
/// Both 2026 transitions in Europe/Berlin (29 March 02:00→03:00, 25 October 03:00→02:00), America/New_York
/// (8 March 02:00→03:00, 1 November 02:00→01:00) and Australia/Lord_Howe, whose clocks move by 30 minutes
/// (4 October 02:00→02:30, 5 April 02:00→01:30). All are Sundays.
/// </summary>
public sealed class DaylightSavingTests
{
    /// <summary>Half-hour slots in a Sunday rule on a transition day: UTC starts and local starts.</summary>
    public static TheoryData<string, string, string, string, string[], string[]> HalfHourSlotsAroundTransitions => new()
    {
        // Berlin fall back: 02:00–02:59 happens twice, and each instant is offered once.
        {
            "Europe/Berlin", "2026-10-25", "01:00", "04:00",
            ["2026-10-24T23:00Z", "2026-10-24T23:30Z", "2026-10-25T00:00Z", "2026-10-25T00:30Z", "2026-10-25T01:00Z", "2026-10-25T01:30Z", "2026-10-25T02:00Z", "2026-10-25T02:30Z"],
            ["2026-10-25T01:00+02:00", "2026-10-25T01:30+02:00", "2026-10-25T02:00+02:00", "2026-10-25T02:30+02:00", "2026-10-25T02:00+01:00", "2026-10-25T02:30+01:00", "2026-10-25T03:00+01:00", "2026-10-25T03:30+01:00"]
        },
        // New York spring forward: 02:00–02:59 does not exist.
        {
            "America/New_York", "2026-03-08", "01:00", "04:00",
            ["2026-03-08T06:00Z", "2026-03-08T06:30Z", "2026-03-08T07:00Z", "2026-03-08T07:30Z"],
            ["2026-03-08T01:00-05:00", "2026-03-08T01:30-05:00", "2026-03-08T03:00-04:00", "2026-03-08T03:30-04:00"]
        },
        // New York fall back: 01:00–01:59 happens twice.
        {
            "America/New_York", "2026-11-01", "00:00", "03:00",
            ["2026-11-01T04:00Z", "2026-11-01T04:30Z", "2026-11-01T05:00Z", "2026-11-01T05:30Z", "2026-11-01T06:00Z", "2026-11-01T06:30Z", "2026-11-01T07:00Z", "2026-11-01T07:30Z"],
            ["2026-11-01T00:00-04:00", "2026-11-01T00:30-04:00", "2026-11-01T01:00-04:00", "2026-11-01T01:30-04:00", "2026-11-01T01:00-05:00", "2026-11-01T01:30-05:00", "2026-11-01T02:00-05:00", "2026-11-01T02:30-05:00"]
        },
        // Lord Howe spring forward by half an hour: 02:00–02:29 does not exist.
        {
            "Australia/Lord_Howe", "2026-10-04", "01:00", "04:00",
            ["2026-10-03T14:30Z", "2026-10-03T15:00Z", "2026-10-03T15:30Z", "2026-10-03T16:00Z", "2026-10-03T16:30Z"],
            ["2026-10-04T01:00+10:30", "2026-10-04T01:30+10:30", "2026-10-04T02:30+11:00", "2026-10-04T03:00+11:00", "2026-10-04T03:30+11:00"]
        },
        // Lord Howe fall back by half an hour: 01:30–01:59 happens twice.
        {
            "Australia/Lord_Howe", "2026-04-05", "01:00", "03:00",
            ["2026-04-04T14:00Z", "2026-04-04T14:30Z", "2026-04-04T15:00Z", "2026-04-04T15:30Z", "2026-04-04T16:00Z"],
            ["2026-04-05T01:00+11:00", "2026-04-05T01:30+11:00", "2026-04-05T01:30+10:30", "2026-04-05T02:00+10:30", "2026-04-05T02:30+10:30"]
        },
    };

    [Theory]
    [MemberData(nameof(HalfHourSlotsAroundTransitions))]
    public void Half_hour_slots_on_a_transition_day_skip_missing_readings_and_offer_repeated_ones_once_per_instant(
        string zone, string date, string ruleStart, string ruleEnd, string[] utcStarts, string[] localStarts)
    {
        var provider = new ProviderBuilder(zone).Weekly(DayOfWeek.Sunday, ruleStart, ruleEnd).Build();

        var slots = SlotRun.Generate(provider, date, date, 30);

        Assert.Equal(utcStarts, SlotRun.StartsOf(slots));
        Assert.Equal(localStarts, SlotRun.LocalStarts(slots));
    }

    [Fact]
    public void Berlin_spring_forward_skips_the_missing_hour()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Sunday, "01:00", "04:00").Build();

        var slots = SlotRun.Generate(provider, "2026-03-29", "2026-03-29", 30);

        Assert.Equal(["2026-03-29T00:00Z", "2026-03-29T00:30Z", "2026-03-29T01:00Z", "2026-03-29T01:30Z"], SlotRun.StartsOf(slots));
        Assert.Equal(
            ["2026-03-29T01:00+01:00/2026-03-29T01:30+01:00", "2026-03-29T01:30+01:00/2026-03-29T03:00+02:00", "2026-03-29T03:00+02:00/2026-03-29T03:30+02:00", "2026-03-29T03:30+02:00/2026-03-29T04:00+02:00"],
            SlotRun.LocalRanges(slots));
    }

    [Fact]
    public void Berlin_spring_forward_slot_across_the_gap_lasts_exactly_its_length()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Sunday, "01:00", "04:00").Build();

        var slots = SlotRun.Generate(provider, "2026-03-29", "2026-03-29", 60);

        Assert.Equal(
            ["2026-03-29T01:00+01:00/2026-03-29T03:00+02:00", "2026-03-29T01:30+01:00/2026-03-29T03:30+02:00", "2026-03-29T03:00+02:00/2026-03-29T04:00+02:00"],
            SlotRun.LocalRanges(slots));
    }

    [Fact]
    public void Berlin_hours_inside_the_gap_do_not_exist_and_hours_starting_in_it_begin_at_the_transition()
    {
        var insideGap = new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Sunday, "02:00", "03:00").Build();
        var fromGap = new ProviderBuilder("Europe/Berlin").Step(60).Weekly(DayOfWeek.Sunday, "02:30", "05:00").Build();

        Assert.Empty(SlotRun.Starts(insideGap, "2026-03-29", 30));
        Assert.Equal(["2026-03-29T01:00Z", "2026-03-29T02:00Z"], SlotRun.Starts(fromGap, "2026-03-29", 60));
    }

    [Fact]
    public void Berlin_spring_forward_day_has_23_hourly_slots()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Step(60).Daily("00:00", "00:00").Build();

        var starts = SlotRun.Starts(provider, "2026-03-29", 60);

        Assert.Equal(23, starts.Length);
        Assert.Equal(["2026-03-28T23:00Z", "2026-03-29T00:00Z", "2026-03-29T01:00Z"], starts[..3]);
        Assert.Equal("2026-03-29T21:00Z", starts[^1]);
    }

    [Fact]
    public void Berlin_hours_inside_the_repeated_hour_are_available_in_both_occurrences()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Sunday, "02:15", "02:45").Build();

        Assert.Equal(["2026-10-25T00:15Z", "2026-10-25T01:15Z"], SlotRun.Starts(provider, "2026-10-25", 30));
    }

    [Fact]
    public void Berlin_fall_back_slot_across_the_transition_lasts_exactly_its_length()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Step(60).Weekly(DayOfWeek.Sunday, "01:30", "04:00").Build();

        var slots = SlotRun.Generate(provider, "2026-10-25", "2026-10-25", 90);

        Assert.Equal(
            ["2026-10-25T01:30+02:00/2026-10-25T02:00+01:00", "2026-10-25T02:30+02:00/2026-10-25T03:00+01:00", "2026-10-25T02:30+01:00/2026-10-25T04:00+01:00"],
            SlotRun.LocalRanges(slots));
    }

    [Fact]
    public void Berlin_fall_back_day_has_25_hourly_slots()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Step(60).Daily("00:00", "00:00").Build();

        var starts = SlotRun.Starts(provider, "2026-10-25", 60);

        Assert.Equal(25, starts.Length);
        Assert.Equal("2026-10-24T22:00Z", starts[0]);
        Assert.Equal("2026-10-25T22:00Z", starts[^1]);
    }

    [Fact]
    public void Lord_Howe_hourly_slot_across_the_half_hour_gap_lasts_exactly_an_hour()
    {
        var provider = new ProviderBuilder("Australia/Lord_Howe").Step(60).Weekly(DayOfWeek.Sunday, "01:00", "04:00").Build();

        var slots = SlotRun.Generate(provider, "2026-10-04", "2026-10-04", 60);

        Assert.Equal(["2026-10-04T01:00+10:30/2026-10-04T02:30+11:00", "2026-10-04T03:00+11:00/2026-10-04T04:00+11:00"], SlotRun.LocalRanges(slots));
    }

    [Fact]
    public void Lord_Howe_fall_back_day_lasts_24_and_a_half_hours()
    {
        var provider = new ProviderBuilder("Australia/Lord_Howe").Daily("00:00", "00:00").Build();

        var starts = SlotRun.Starts(provider, "2026-04-05", 30);

        Assert.Equal(49, starts.Length);
        Assert.Equal("2026-04-04T13:00Z", starts[0]);
        Assert.Equal("2026-04-05T13:00Z", starts[^1]);
    }

    [Fact]
    public void A_day_whose_midnight_does_not_exist_starts_at_one_and_keeps_the_hourly_grid()
    {
        // Santiago moves from 00:00 (UTC−4) to 01:00 (UTC−3) on Sunday 2026-09-06.
        var provider = new ProviderBuilder("America/Santiago").Step(60).Daily("00:00", "00:00").Build();

        var slots = SlotRun.Generate(provider, "2026-09-06", "2026-09-06", 60);

        Assert.Equal(23, slots.Count);
        Assert.Equal(["2026-09-06T01:00-03:00", "2026-09-06T02:00-03:00"], SlotRun.LocalStarts(slots.Take(2)));
        Assert.Equal(["2026-09-06T04:00Z", "2026-09-07T02:00Z"], [Time.Utc(slots[0].Start), Time.Utc(slots[^1].Start)]);
    }
}
