namespace Booking.Domain.Tests.Scheduling;

/// <summary>Time off, extra hours and manual slots, in Berlin in January (UTC+1); 2026-01-12 is a Monday.</summary>
public sealed class ExceptionTests
{
    private const string Monday = "2026-01-12";

    private static ProviderBuilder WorkingMondays() =>
        new ProviderBuilder("Europe/Berlin").Step(60).Weekly(DayOfWeek.Monday, "09:00", "17:00");

    [Fact]
    public void Time_off_removes_the_hours_it_covers()
    {
        var provider = WorkingMondays().TimeOff("2026-01-12 12:00", "2026-01-12 13:00").Build();

        Assert.Equal(
            ["2026-01-12T08:00Z", "2026-01-12T09:00Z", "2026-01-12T10:00Z", "2026-01-12T12:00Z", "2026-01-12T13:00Z", "2026-01-12T14:00Z", "2026-01-12T15:00Z"],
            SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void After_time_off_the_grid_restarts_where_availability_resumes()
    {
        var provider = WorkingMondays().TimeOff("2026-01-12 12:20", "2026-01-12 13:10").Build();

        Assert.Equal(
            ["2026-01-12T08:00Z", "2026-01-12T09:00Z", "2026-01-12T10:00Z", "2026-01-12T12:10Z", "2026-01-12T13:10Z", "2026-01-12T14:10Z"],
            SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void A_whole_day_off_empties_that_day_only()
    {
        var provider = new ProviderBuilder("Europe/Berlin")
            .Step(60)
            .Daily("09:00", "11:00")
            .TimeOff("2026-01-12 00:00", "2026-01-13 00:00")
            .Build();

        Assert.Equal(
            ["2026-01-11T08:00Z", "2026-01-11T09:00Z", "2026-01-13T08:00Z", "2026-01-13T09:00Z"],
            SlotRun.StartsOf(SlotRun.Generate(provider, "2026-01-11", "2026-01-13", 60)));
    }

    [Fact]
    public void Time_off_spanning_midnight_cuts_both_days()
    {
        var provider = new ProviderBuilder("Europe/Berlin")
            .Step(60)
            .Weekly(DayOfWeek.Monday, "20:00", "00:00")
            .Weekly(DayOfWeek.Tuesday, "00:00", "04:00")
            .TimeOff("2026-01-12 23:00", "2026-01-13 02:00")
            .Build();

        Assert.Equal(["2026-01-12T19:00Z", "2026-01-12T20:00Z", "2026-01-12T21:00Z"], SlotRun.Starts(provider, Monday, 60));
        Assert.Equal(["2026-01-13T01:00Z", "2026-01-13T02:00Z"], SlotRun.Starts(provider, "2026-01-13", 60));
    }

    [Fact]
    public void Extra_hours_open_a_day_without_rules()
    {
        var provider = WorkingMondays().ExtraHours("2026-01-18 10:00", "2026-01-18 12:00").Build();

        Assert.Equal(["2026-01-18T09:00Z", "2026-01-18T10:00Z"], SlotRun.Starts(provider, "2026-01-18", 60));
    }

    [Fact]
    public void Extra_hours_touching_the_weekly_hours_extend_the_same_window()
    {
        var provider = WorkingMondays().ExtraHours("2026-01-12 17:00", "2026-01-12 18:30").Build();

        var starts = SlotRun.Starts(provider, Monday, 60);

        Assert.Equal(9, starts.Length);
        Assert.Equal("2026-01-12T08:00Z", starts[0]);
        Assert.Equal(["2026-01-12T15:00Z", "2026-01-12T16:00Z"], starts[^2..]);
    }

    [Fact]
    public void Extra_hours_win_over_time_off_on_the_same_day()
    {
        var provider = WorkingMondays()
            .TimeOff("2026-01-12 00:00", "2026-01-13 00:00")
            .ExtraHours("2026-01-12 15:00", "2026-01-12 16:00")
            .Build();

        Assert.Equal(["2026-01-12T14:00Z"], SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void Extra_hours_across_midnight_give_slots_on_both_local_dates()
    {
        var provider = WorkingMondays().ExtraHours("2026-01-17 22:00", "2026-01-18 02:00").Build();

        Assert.Equal(["2026-01-17T21:00Z", "2026-01-17T22:00Z"], SlotRun.Starts(provider, "2026-01-17", 60));
        Assert.Equal(["2026-01-17T23:00Z", "2026-01-18T00:00Z"], SlotRun.Starts(provider, "2026-01-18", 60));
    }

    [Fact]
    public void A_manual_slot_outside_weekly_hours_is_available_and_aligned_to_its_own_start()
    {
        var provider = WorkingMondays().Step(30).Manual("2026-01-18T14:10Z", "2026-01-18T15:10Z").Build();

        Assert.Equal(["2026-01-18T14:10Z"], SlotRun.Starts(provider, "2026-01-18", 60));
        Assert.Equal(["2026-01-18T14:10Z", "2026-01-18T14:40Z"], SlotRun.Starts(provider, "2026-01-18", 30));
    }

    [Fact]
    public void A_manual_slot_survives_a_day_off()
    {
        var provider = WorkingMondays()
            .TimeOff("2026-01-12 00:00", "2026-01-13 00:00")
            .Manual("2026-01-12T10:00Z", "2026-01-12T11:00Z")
            .Build();

        Assert.Equal(["2026-01-12T10:00Z"], SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void A_manual_slot_over_local_midnight_restarts_the_grid_at_midnight_of_the_next_date()
    {
        // 23:30–01:30 local: the 23:30 slot belongs to Monday; Tuesday's grid starts at its own midnight.
        var provider = WorkingMondays().Manual("2026-01-12T22:30Z", "2026-01-13T00:30Z").Build();

        Assert.Equal(
            ["2026-01-12T08:00Z", "2026-01-12T09:00Z", "2026-01-12T10:00Z", "2026-01-12T11:00Z", "2026-01-12T12:00Z", "2026-01-12T13:00Z", "2026-01-12T14:00Z", "2026-01-12T15:00Z", "2026-01-12T22:30Z"],
            SlotRun.Starts(provider, Monday, 60));
        Assert.Equal(["2026-01-12T23:00Z"], SlotRun.Starts(provider, "2026-01-13", 60));
    }
}
