namespace Booking.Domain.Tests.Scheduling;

/// <summary>Minimum notice and booking window, in Berlin in January (UTC+1); 2026-01-12 is a Monday.</summary>
public sealed class NoticeAndWindowTests
{
    private const string Monday = "2026-01-12";

    private static ProviderBuilder MondayMornings() =>
        new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Monday, "09:00", "12:00");

    [Fact]
    public void A_slot_starting_exactly_at_now_plus_notice_is_offered_and_earlier_ones_are_not()
    {
        var provider = MondayMornings().Notice(TimeSpan.FromHours(2)).Build();

        Assert.Equal(
            ["2026-01-12T09:00Z", "2026-01-12T09:30Z", "2026-01-12T10:00Z", "2026-01-12T10:30Z"],
            SlotRun.Starts(provider, Monday, 30, Time.Instant("2026-01-12T07:00Z")));
        Assert.Equal(
            ["2026-01-12T09:30Z", "2026-01-12T10:00Z", "2026-01-12T10:30Z"],
            SlotRun.Starts(provider, Monday, 30, Time.Instant("2026-01-12T07:01Z")));
    }

    [Fact]
    public void Without_notice_a_slot_starting_now_is_offered_but_not_one_that_started_a_minute_ago()
    {
        var provider = MondayMornings().Build();

        Assert.Equal("2026-01-12T09:00Z", SlotRun.Starts(provider, Monday, 30, Time.Instant("2026-01-12T09:00Z"))[0]);
        Assert.Equal("2026-01-12T09:30Z", SlotRun.Starts(provider, Monday, 30, Time.Instant("2026-01-12T09:01Z"))[0]);
    }

    [Fact]
    public void The_clock_offset_does_not_matter_only_the_instant()
    {
        var provider = MondayMornings().Notice(TimeSpan.FromHours(2)).Build();

        Assert.Equal(
            SlotRun.Starts(provider, Monday, 30, Time.Instant("2026-01-12T07:00Z")),
            SlotRun.Starts(provider, Monday, 30, Time.Instant("2026-01-11T21:00-10:00")));
    }

    [Fact]
    public void A_slot_starting_exactly_at_the_end_of_the_booking_window_is_offered_and_later_ones_are_not()
    {
        var provider = MondayMornings().WindowDays(7).Build();

        Assert.Equal(["2026-01-12T08:00Z", "2026-01-12T08:30Z"], SlotRun.Starts(provider, Monday, 60, Time.Instant("2026-01-05T08:30Z")));
        Assert.Equal(["2026-01-12T08:00Z"], SlotRun.Starts(provider, Monday, 60, Time.Instant("2026-01-05T08:29Z")));
        Assert.Empty(SlotRun.Starts(provider, Monday, 60, Time.Instant("2026-01-05T07:59Z")));
    }

    [Fact]
    public void Notice_longer_than_the_booking_window_leaves_nothing()
    {
        var provider = MondayMornings().WindowDays(1).Notice(TimeSpan.FromDays(2)).Build();

        Assert.Empty(SlotRun.Generate(provider, Monday, "2026-01-31", 30, Time.Instant("2026-01-11T00:00Z")));
    }

    [Fact]
    public void Dates_in_the_past_have_no_slots()
    {
        var provider = MondayMornings().Build();

        Assert.Empty(SlotRun.Starts(provider, Monday, 30, Time.Instant("2026-02-01T00:00Z")));
    }
}
