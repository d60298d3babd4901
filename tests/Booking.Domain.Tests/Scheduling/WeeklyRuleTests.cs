namespace Booking.Domain.Tests.Scheduling;

/// <summary>Weekly hours in Berlin in January (UTC+1): 2026-01-12 is a Monday.</summary>
public sealed class WeeklyRuleTests
{
    private const string Monday = "2026-01-12";

    [Fact]
    public void Slots_are_stepped_from_the_start_of_the_rule_and_fit_inside_it()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Monday, "09:00", "11:00").Build();

        var slots = SlotRun.Generate(provider, Monday, Monday, 30);

        Assert.Equal(["2026-01-12T08:00Z", "2026-01-12T08:30Z", "2026-01-12T09:00Z", "2026-01-12T09:30Z"], SlotRun.StartsOf(slots));
        Assert.Equal("2026-01-12T09:00+01:00/2026-01-12T09:30+01:00", SlotRun.LocalRanges(slots)[0]);
    }

    [Fact]
    public void A_slot_longer_than_the_step_overlaps_the_next_candidate_and_must_end_by_the_rule_end()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Monday, "09:00", "11:00").Build();

        Assert.Equal(["2026-01-12T08:00Z", "2026-01-12T08:30Z", "2026-01-12T09:00Z"], SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void A_step_longer_than_the_slot_leaves_gaps()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Step(60).Weekly(DayOfWeek.Monday, "09:00", "11:00").Build();

        Assert.Equal(["2026-01-12T08:00Z", "2026-01-12T09:00Z"], SlotRun.Starts(provider, Monday, 45));
    }

    [Fact]
    public void A_fifteen_minute_step_gives_every_quarter_that_still_fits_an_hour()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Step(15).Weekly(DayOfWeek.Monday, "09:00", "10:30").Build();

        Assert.Equal(["2026-01-12T08:00Z", "2026-01-12T08:15Z", "2026-01-12T08:30Z"], SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void A_slot_longer_than_the_rule_gives_nothing()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Monday, "09:00", "10:00").Build();

        Assert.Empty(SlotRun.Starts(provider, Monday, 90));
        Assert.Equal(["2026-01-12T08:00Z"], SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void The_grid_is_aligned_to_the_rule_start_not_to_the_hour()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Monday, "09:10", "10:30").Build();

        Assert.Equal(["2026-01-12T08:10Z", "2026-01-12T08:40Z"], SlotRun.Starts(provider, Monday, 30));
    }

    [Fact]
    public void Several_rules_on_one_day_each_give_their_own_slots()
    {
        var provider = new ProviderBuilder("Europe/Berlin")
            .Weekly(DayOfWeek.Monday, "14:00", "15:00")
            .Weekly(DayOfWeek.Monday, "09:00", "10:00")
            .Build();

        Assert.Equal(
            ["2026-01-12T08:00Z", "2026-01-12T08:30Z", "2026-01-12T13:00Z", "2026-01-12T13:30Z"],
            SlotRun.Starts(provider, Monday, 30));
    }

    [Fact]
    public void Overlapping_rules_merge_into_one_window_aligned_at_the_earliest_start()
    {
        var provider = new ProviderBuilder("Europe/Berlin")
            .Weekly(DayOfWeek.Monday, "09:00", "11:00")
            .Weekly(DayOfWeek.Monday, "10:15", "12:00")
            .Build();

        Assert.Equal(
            ["2026-01-12T08:00Z", "2026-01-12T08:30Z", "2026-01-12T09:00Z", "2026-01-12T09:30Z", "2026-01-12T10:00Z"],
            SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void A_rule_ending_at_00_00_runs_to_midnight()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Step(60).Weekly(DayOfWeek.Monday, "22:00", "00:00").Build();

        var slots = SlotRun.Generate(provider, Monday, Monday, 60);

        Assert.Equal(["2026-01-12T21:00Z", "2026-01-12T22:00Z"], SlotRun.StartsOf(slots));
        Assert.Equal("2026-01-12T23:00+01:00/2026-01-13T00:00+01:00", SlotRun.LocalRanges(slots)[1]);
    }

    [Fact]
    public void A_rule_from_00_00_to_00_00_is_the_whole_day()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Step(360).Weekly(DayOfWeek.Monday, "00:00", "00:00").Build();

        Assert.Equal(
            ["2026-01-11T23:00Z", "2026-01-12T05:00Z", "2026-01-12T11:00Z", "2026-01-12T17:00Z"],
            SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void Rules_touching_at_midnight_form_one_window_so_a_slot_may_cross_into_the_next_day()
    {
        var provider = new ProviderBuilder("Europe/Berlin")
            .Weekly(DayOfWeek.Monday, "23:00", "00:00")
            .Weekly(DayOfWeek.Tuesday, "00:00", "01:00")
            .Build();

        var slots = SlotRun.Generate(provider, Monday, "2026-01-13", 60);

        Assert.Equal(["2026-01-12T22:00Z", "2026-01-12T22:30Z", "2026-01-12T23:00Z"], SlotRun.StartsOf(slots));
        Assert.Equal("2026-01-12T23:30+01:00/2026-01-13T00:30+01:00", SlotRun.LocalRanges(slots)[1]);
    }

    [Fact]
    public void A_query_over_several_days_returns_only_days_with_hours_in_date_order()
    {
        var provider = new ProviderBuilder("Europe/Berlin")
            .Step(60)
            .Weekly(DayOfWeek.Wednesday, "09:00", "10:00")
            .Weekly(DayOfWeek.Monday, "09:00", "10:00")
            .Build();

        Assert.Equal(
            ["2026-01-12T08:00Z", "2026-01-14T08:00Z", "2026-01-19T08:00Z"],
            SlotRun.StartsOf(SlotRun.Generate(provider, Monday, "2026-01-19", 60)));
    }

    [Fact]
    public void A_provider_without_hours_has_no_slots()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Build();

        Assert.Empty(SlotRun.Generate(provider, Monday, "2026-02-12", 30));
    }

    [Fact]
    public void A_day_without_a_rule_has_no_slots()
    {
        var provider = new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Monday, "09:00", "17:00").Build();

        Assert.Empty(SlotRun.Starts(provider, "2026-01-13", 30));
    }
}
