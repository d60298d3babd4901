using Booking.Domain.Scheduling;

namespace Booking.Domain.Tests.Scheduling;

/// <summary>
/// <see cref="ISlotGenerator.IsBookable"/> must say yes exactly to the slots <see cref="ISlotGenerator.Generate"/>
/// lists, and a date's slots must not depend on which other dates were asked for.
/// </summary>
public sealed class IsBookableAgreementTests
{
    private static readonly Dictionary<string, (ProviderAvailability Provider, string Date, int Length, DateTimeOffset Now)> Scenarios = new()
    {
        ["berlin-spring-busy-buffers"] = (
            new ProviderBuilder("Europe/Berlin").Step(15).Buffers(10, 5).Daily("00:30", "05:00")
                .Busy("2026-03-29T01:10Z", "2026-03-29T01:40Z").Build(),
            "2026-03-29", 45, Time.LongBefore),
        ["berlin-fall-notice"] = (
            new ProviderBuilder("Europe/Berlin").Step(20).Notice(TimeSpan.FromMinutes(50)).Daily("01:00", "04:00").Build(),
            "2026-10-25", 40, Time.Instant("2026-10-24T23:00Z")),
        ["new-york-fall-window"] = (
            new ProviderBuilder("America/New_York").WindowDays(300).Daily("00:00", "03:00").TimeOff("2026-11-01 02:40", "2026-11-01 02:50").Build(),
            "2026-11-01", 30, Time.Instant("2026-01-05T06:00Z")),
        ["lord-howe-spring"] = (
            new ProviderBuilder("Australia/Lord_Howe").Step(15).Daily("01:00", "04:00").Build(),
            "2026-10-04", 75, Time.LongBefore),
        ["around-the-clock-45-minute-step"] = (
            new ProviderBuilder("Europe/Berlin").Step(45).Daily("00:00", "00:00").Busy("2026-01-12T11:00Z", "2026-01-12T12:20Z").Build(),
            "2026-01-12", 60, Time.LongBefore),
        ["manual-over-midnight-kiritimati"] = (
            new ProviderBuilder("Pacific/Kiritimati").Step(25).Daily("20:00", "23:00").Manual("2026-01-12T09:10Z", "2026-01-12T12:40Z").Build(),
            "2026-01-12", 50, Time.LongBefore),
        ["pago-pago-extra-hours"] = (
            new ProviderBuilder("Pacific/Pago_Pago").Step(30).Weekly(DayOfWeek.Monday, "08:00", "12:00")
                .ExtraHours("2026-01-12 22:00", "2026-01-13 03:00").Build(),
            "2026-01-12", 60, Time.LongBefore),
    };

    public static TheoryData<string> ScenarioNames => [.. Scenarios.Keys];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Is_bookable_says_yes_exactly_to_the_generated_slots(string scenario)
    {
        var (provider, date, length, now) = Scenarios[scenario];
        var day = Time.Date(date);
        var generated = SlotRun.Generate(provider, day.AddDays(-1).ToString("O"), day.AddDays(1).ToString("O"), length, now)
            .Select(slot => slot.Start)
            .ToHashSet();
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-10);
        var answers = 0;

        for (var start = from; start < from.AddHours(44); start = start.AddMinutes(5))
        {
            var bookable = SlotRun.Generator.IsBookable(provider, start, start.AddMinutes(length), now);
            Assert.True(bookable == generated.Contains(start), $"{scenario}: IsBookable({Time.Utc(start)}) = {bookable}");
            answers += bookable ? 1 : 0;
        }

        Assert.True(answers > 0, $"{scenario} has no bookable slot, so it checks nothing");
    }

    [Fact]
    public void Is_bookable_needs_the_exact_length_of_a_generated_slot()
    {
        var (provider, date, length, now) = Scenarios["lord-howe-spring"];
        var slot = SlotRun.Generate(provider, date, date, length, now)[0];

        Assert.True(SlotRun.Generator.IsBookable(provider, slot.Start, slot.End, now));
        Assert.True(SlotRun.Generator.IsBookable(provider, slot.LocalStart, slot.LocalEnd, now));
        Assert.False(SlotRun.Generator.IsBookable(provider, slot.Start, slot.End.AddHours(3), now));
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void A_dates_slots_do_not_depend_on_the_other_dates_asked_for(string scenario)
    {
        var (provider, date, length, now) = Scenarios[scenario];
        var day = Time.Date(date);

        var alone = SlotRun.StartsOf(SlotRun.Generate(provider, date, date, length, now));
        var within = SlotRun.Generate(provider, day.AddDays(-3).ToString("O"), day.AddDays(2).ToString("O"), length, now)
            .Where(slot => DateOnly.FromDateTime(slot.LocalStart.DateTime) == day);

        Assert.NotEmpty(alone);
        Assert.Equal(alone, SlotRun.StartsOf([.. within]));
    }
}
