namespace Booking.Domain.Tests.Scheduling;

/// <summary>Appointments and buffers, in Berlin in January (UTC+1); 2026-01-12 is a Monday.</summary>
public sealed class BusyIntervalTests
{
    private const string Monday = "2026-01-12";

    private static ProviderBuilder MondayMornings() =>
        new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Monday, "09:00", "14:00");

    [Fact]
    public void An_appointment_removes_overlapping_slots_and_slots_touching_it_remain()
    {
        var provider = MondayMornings().Busy("2026-01-12T09:00Z", "2026-01-12T10:00Z").Build();

        Assert.Equal(
            ["2026-01-12T08:00Z", "2026-01-12T10:00Z", "2026-01-12T10:30Z", "2026-01-12T11:00Z", "2026-01-12T11:30Z", "2026-01-12T12:00Z"],
            SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void Both_buffers_separate_an_existing_appointment_from_a_new_one_on_either_side()
    {
        // Each appointment keeps 20 minutes before and 10 after: 30 minutes between any two, on both sides.
        var provider = MondayMornings().Buffers(20, 10).Busy("2026-01-12T10:00Z", "2026-01-12T11:00Z").Build();

        Assert.Equal(
            ["2026-01-12T08:00Z", "2026-01-12T08:30Z", "2026-01-12T11:30Z", "2026-01-12T12:00Z"],
            SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void A_slot_exactly_one_buffer_away_is_free_and_one_minute_closer_is_not()
    {
        var provider = new ProviderBuilder("Europe/Berlin")
            .Step(1)
            .Buffers(0, 15)
            .Weekly(DayOfWeek.Monday, "08:00", "14:00")
            .Busy("2026-01-12T09:00Z", "2026-01-12T10:00Z")
            .Build();

        var starts = SlotRun.Starts(provider, Monday, 60);

        Assert.Contains("2026-01-12T10:15Z", starts);
        Assert.DoesNotContain("2026-01-12T10:14Z", starts);
        Assert.Contains("2026-01-12T07:45Z", starts);
        Assert.DoesNotContain("2026-01-12T07:46Z", starts);
        Assert.Equal("2026-01-12T10:15Z", starts.First(start => string.CompareOrdinal(start, "2026-01-12T09:00Z") > 0));
    }

    [Fact]
    public void Overlapping_appointments_in_any_order_block_their_union()
    {
        var provider = MondayMornings()
            .Busy("2026-01-12T09:30Z", "2026-01-12T11:00Z")
            .Busy("2026-01-12T09:00Z", "2026-01-12T10:00Z")
            .Build();

        Assert.Equal(["2026-01-12T08:00Z", "2026-01-12T11:00Z", "2026-01-12T11:30Z", "2026-01-12T12:00Z"], SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void Appointments_do_not_shift_the_grid()
    {
        var provider = MondayMornings().Busy("2026-01-12T08:10Z", "2026-01-12T09:10Z").Build();

        Assert.Equal(["2026-01-12T09:30Z", "2026-01-12T10:00Z", "2026-01-12T10:30Z", "2026-01-12T11:00Z", "2026-01-12T11:30Z", "2026-01-12T12:00Z"], SlotRun.Starts(provider, Monday, 60));
    }

    [Fact]
    public void An_appointment_outside_the_hours_changes_nothing_unless_its_buffer_reaches_in()
    {
        var outside = MondayMornings().Busy("2026-01-12T06:00Z", "2026-01-12T07:45Z").Build();
        var reaching = MondayMornings().Buffers(0, 30).Busy("2026-01-12T06:00Z", "2026-01-12T07:45Z").Build();

        Assert.Equal("2026-01-12T08:00Z", SlotRun.Starts(outside, Monday, 60)[0]);
        Assert.Equal("2026-01-12T08:30Z", SlotRun.Starts(reaching, Monday, 60)[0]);
    }

    [Fact]
    public void A_fully_booked_day_has_no_slots()
    {
        var provider = MondayMornings().Busy("2026-01-12T07:00Z", "2026-01-12T14:00Z").Build();

        Assert.Empty(SlotRun.Starts(provider, Monday, 30));
    }
}
