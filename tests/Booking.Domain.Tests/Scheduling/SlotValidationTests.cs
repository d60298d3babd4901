using Booking.Domain.Scheduling;

namespace Booking.Domain.Tests.Scheduling;

public sealed class SlotValidationTests
{
    private static readonly ProviderAvailability Valid =
        new ProviderBuilder("Europe/Berlin").Weekly(DayOfWeek.Monday, "09:00", "12:00").Build();

    private static readonly SlotQuery ValidQuery = new(Time.Date("2026-01-12"), Time.Date("2026-01-12"), TimeSpan.FromMinutes(30));

    public static TheoryData<string, ProviderAvailability> InvalidAvailability => new()
    {
        { "settings.timeZoneId", Valid with { Settings = Valid.Settings with { TimeZoneId = "Europe/Atlantis" } } },
        { "settings.timeZoneId", Valid with { Settings = Valid.Settings with { TimeZoneId = "" } } },
        { "settings.slotStep", Valid with { Settings = Valid.Settings with { SlotStep = TimeSpan.Zero } } },
        { "settings.slotStep", Valid with { Settings = Valid.Settings with { SlotStep = TimeSpan.FromMinutes(-15) } } },
        { "settings.slotStep", Valid with { Settings = Valid.Settings with { SlotStep = TimeSpan.FromSeconds(30) } } },
        { "settings.slotStep", Valid with { Settings = Valid.Settings with { SlotStep = TimeSpan.FromHours(25) } } },
        { "settings.minimumNotice", Valid with { Settings = Valid.Settings with { MinimumNotice = TimeSpan.FromMinutes(-1) } } },
        { "settings.bookingWindowDays", Valid with { Settings = Valid.Settings with { BookingWindowDays = -1 } } },
        { "settings.bookingWindowDays", Valid with { Settings = Valid.Settings with { BookingWindowDays = 3651 } } },
        { "settings.bufferBefore", Valid with { Settings = Valid.Settings with { BufferBefore = TimeSpan.FromMinutes(-5) } } },
        { "settings.bufferAfter", Valid with { Settings = Valid.Settings with { BufferAfter = TimeSpan.FromDays(2) } } },
        { "availability.rules[0].end", Valid with { Rules = [new(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(9, 0))] } },
        { "availability.rules[0].end", Valid with { Rules = [new(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(9, 0))] } },
        { "availability.rules[0].day", Valid with { Rules = [new((DayOfWeek)7, new TimeOnly(9, 0), new TimeOnly(10, 0))] } },
        { "availability.exceptions[0].localEnd", Valid with { Exceptions = [new(Time.Local("2026-01-12 10:00"), Time.Local("2026-01-12 10:00"), false, null)] } },
        { "availability.manualSlots[0].end", Valid with { ManualSlots = [new(Time.Instant("2026-01-12T10:00Z"), Time.Instant("2026-01-12T09:00Z"))] } },
        { "availability.busy[0].end", Valid with { Busy = [new(Time.Instant("2026-01-12T10:00Z"), Time.Instant("2026-01-12T10:00Z"))] } },
    };

    public static TheoryData<string, SlotQuery> InvalidQueries => new()
    {
        { "query.length", ValidQuery with { Length = TimeSpan.Zero } },
        { "query.length", ValidQuery with { Length = TimeSpan.FromMinutes(-30) } },
        { "query.length", ValidQuery with { Length = TimeSpan.FromHours(24.5) } },
        { "query.to", ValidQuery with { To = Time.Date("2026-01-11") } },
        { "query.to", ValidQuery with { To = Time.Date("2026-04-15") } },
        { "query.from", ValidQuery with { From = Time.Date("1899-12-31") } },
        { "query.from", new SlotQuery(Time.Date("9999-12-30"), Time.Date("9999-12-31"), TimeSpan.FromMinutes(30)) },
    };

    [Theory]
    [MemberData(nameof(InvalidAvailability))]
    public void Invalid_settings_or_availability_are_rejected_with_the_stable_code_and_the_field(string field, ProviderAvailability availability)
    {
        var generate = Assert.Throws<InvalidSlotQueryException>(() => SlotRun.Generator.Generate(availability, ValidQuery, Time.LongBefore));
        var bookable = Assert.Throws<InvalidSlotQueryException>(
            () => SlotRun.Generator.IsBookable(availability, Time.Instant("2026-01-12T08:00Z"), Time.Instant("2026-01-12T08:30Z"), Time.LongBefore));

        Assert.Equal("INVALID_SLOT_QUERY", generate.Code);
        Assert.Equal(field, generate.Field);
        Assert.Equal(field, bookable.Field);
        Assert.False(string.IsNullOrWhiteSpace(generate.Message));
    }

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public void Invalid_queries_are_rejected_with_the_stable_code_and_the_field(string field, SlotQuery query)
    {
        var exception = Assert.Throws<InvalidSlotQueryException>(() => SlotRun.Generator.Generate(Valid, query, Time.LongBefore));

        Assert.Equal(InvalidSlotQueryException.ErrorCode, exception.Code);
        Assert.Equal(field, exception.Field);
    }

    [Fact]
    public void A_query_of_exactly_93_days_is_accepted()
    {
        var query = ValidQuery with { To = ValidQuery.From.AddDays(SlotLimits.MaxQueryDays - 1) };

        var slots = SlotRun.Generator.Generate(Valid, query, Time.LongBefore);

        Assert.Equal(Time.Date("2026-04-14"), query.To);
        Assert.Equal(14 * 6, slots.Count);
        Assert.Equal("2026-01-12T08:00Z", Time.Utc(slots[0].Start));
        Assert.Equal("2026-04-13T09:30Z", Time.Utc(slots[^1].Start));
    }

    [Theory]
    [InlineData("2026-01-12T08:30Z", "2026-01-12T08:30Z")]
    [InlineData("2026-01-12T08:30Z", "2026-01-12T08:00Z")]
    [InlineData("2026-01-12T08:30Z", "2026-01-13T09:00Z")]
    public void Is_bookable_rejects_a_length_that_is_not_positive_or_longer_than_a_day(string start, string end)
    {
        var exception = Assert.Throws<InvalidSlotQueryException>(
            () => SlotRun.Generator.IsBookable(Valid, Time.Instant(start), Time.Instant(end), Time.LongBefore));

        Assert.Equal("end", exception.Field);
    }

    [Fact]
    public void Is_bookable_rejects_a_start_before_the_supported_dates()
    {
        var exception = Assert.Throws<InvalidSlotQueryException>(
            () => SlotRun.Generator.IsBookable(Valid, Time.Instant("1850-01-07T08:00Z"), Time.Instant("1850-01-07T08:30Z"), Time.LongBefore));

        Assert.Equal("start", exception.Field);
    }

    [Fact]
    public void Time_zone_ids_are_checked_against_the_bundled_database()
    {
        Assert.True(ProviderTimeZones.IsKnown("Australia/Lord_Howe"));
        Assert.True(ProviderTimeZones.IsKnown("Pacific/Kiritimati"));
        Assert.False(ProviderTimeZones.IsKnown("Mars/Olympus_Mons"));
        Assert.False(ProviderTimeZones.IsKnown(null));
        Assert.Matches("20[0-9]{2}[a-z]", ProviderTimeZones.DatabaseVersion);
    }
}
