using Booking.Data.Entities;
using Booking.Data.Setup;
using Booking.Domain.Availability;
using Booking.Domain.Errors;
using Booking.Domain.Scheduling;
using Booking.Domain.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Domain.Tests.Reservations;

public abstract class QueryTests(BookingHarness harness) : BookingRuleTests(harness)
{
    private static readonly DateOnly TuesdayDate = new(2030, 1, 8);

    [Fact]
    public async Task Each_actor_sees_exactly_the_bookings_that_concern_them()
    {
        var alice = await H.CreateProviderAsync();
        var bob = await H.CreateProviderAsync();
        var clients = await H.CreateUsersAsync(UserRole.Client, 2);
        var admin = await H.CreateAdminAsync();
        var a = await ReserveAsync(clients[0], alice, "10:00");
        var b = await ReserveAsync(clients[1], alice, "11:00");
        var c = await ReserveAsync(clients[0], bob, "12:00");

        var mine = await H.Queries.ListAsync(clients[0], new());
        var alices = await H.Queries.ListAsync(alice, new());
        var adminView = await H.Queries.ListAsync(admin, new(ProviderId: alice.UserId));
        var morning = await H.Queries.ListAsync(admin, new(ClientId: clients[0].UserId, From: Tuesday("09:00"), To: Tuesday("11:00")));

        Assert.Equal([a.Id, c.Id], mine.Select(x => x.Id));
        Assert.Equal([a.Id, b.Id], alices.Select(x => x.Id));
        Assert.Equal([a.Id, b.Id], adminView.Select(x => x.Id));
        Assert.Equal([a.Id], morning.Select(x => x.Id));
        await Assert.ThrowsAsync<NotAllowedException>(() => H.Queries.ListAsync(clients[0], new(ClientId: clients[1].UserId)));
        await Assert.ThrowsAsync<NotAllowedException>(() => H.Queries.ListAsync(bob, new(ProviderId: alice.UserId)));
        await Assert.ThrowsAsync<NotFoundException>(() => H.Queries.GetAsync(clients[1], a.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => H.Queries.GetHistoryAsync(bob, a.Id));
        Assert.Single(await H.Queries.GetHistoryAsync(alice, a.Id));
    }

    [Fact]
    public async Task Bookings_filter_by_status()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var confirmed = await ConfirmedAsync(client, provider, "10:00");
        var hold = await ReserveAsync(client, provider, "11:00");

        var onlyConfirmed = await H.Queries.ListAsync(provider, new(Statuses: [AppointmentStatus.Confirmed]));
        var reminders = await H.Queries.ConfirmedStartingBetweenAsync(Tuesday("09:00"), Tuesday("12:00"));

        Assert.Equal([confirmed.Id], onlyConfirmed.Select(x => x.Id));
        Assert.Contains(reminders, x => x.Id == confirmed.Id);
        Assert.DoesNotContain(reminders, x => x.Id == hold.Id);
    }

    [Fact]
    public async Task Slots_leave_out_held_times_and_bring_back_a_lapsed_hold_at_once()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var before = await H.Slots.GetSlotsAsync(provider.UserId, TuesdayDate, TuesdayDate);
        await ReserveAsync(client, provider, "10:00");

        var during = await H.Slots.GetSlotsAsync(provider.UserId, TuesdayDate, TuesdayDate);
        H.Clock.Advance(TimeSpan.FromMinutes(30));
        var afterLapse = await H.Slots.GetSlotsAsync(provider.UserId, TuesdayDate, TuesdayDate);

        Assert.Equal(31, before.Count);
        Assert.Equal(Tuesday("09:00"), before[0].Start);
        Assert.Equal(Tuesday("16:30"), before[^1].Start);
        Assert.Equal(before.Count - 3, during.Count);
        Assert.DoesNotContain(during, slot => slot.Start > Tuesday("09:30") && slot.Start < Tuesday("10:30"));
        Assert.Equal(before, afterLapse);
    }

    [Fact]
    public async Task Exceptions_and_manual_slots_stored_in_local_time_shape_the_slots()
    {
        var provider = await H.CreateProviderAsync(new ProviderSettings { TimeZoneId = "Europe/Berlin", DefaultAppointmentLength = TimeSpan.FromHours(1), SlotStep = TimeSpan.FromHours(1) });
        var wednesday = new DateOnly(2030, 1, 9);
        var thursday = new DateOnly(2030, 1, 10);
        await H.Schedule.AddExceptionAsync(provider, provider.UserId, new Domain.Scheduling.AvailabilityException(
            new DateTime(2030, 1, 9, 0, 0, 0), new DateTime(2030, 1, 10, 0, 0, 0), IsAvailable: false, "holiday"));
        await H.Schedule.AddExceptionAsync(provider, provider.UserId, new Domain.Scheduling.AvailabilityException(
            new DateTime(2030, 1, 10, 17, 0, 0), new DateTime(2030, 1, 10, 19, 0, 0), IsAvailable: true, "late shift"));
        await H.Schedule.AddManualSlotAsync(provider, provider.UserId, new Domain.Scheduling.ManualSlot(
            BookingHarness.At("2030-01-09T05:00Z"), BookingHarness.At("2030-01-09T06:00Z")));

        var holiday = await H.Slots.GetSlotsAsync(provider.UserId, wednesday, wednesday);
        var lateShift = await H.Slots.GetSlotsAsync(provider.UserId, thursday, thursday);

        Assert.Equal([BookingHarness.At("2030-01-09T05:00Z")], holiday.Select(slot => slot.Start));
        Assert.Equal(10, lateShift.Count);
        Assert.Equal(BookingHarness.At("2030-01-10T08:00Z"), lateShift[0].Start);
        Assert.Equal(BookingHarness.At("2030-01-10T17:00Z"), lateShift[^1].Start);
        Assert.Equal(TimeSpan.FromHours(1), lateShift[0].LocalStart.Offset);
    }

    [Fact]
    public async Task A_provider_in_New_York_is_booked_in_its_own_local_time_across_the_spring_change()
    {
        var provider = await H.CreateProviderAsync(new ProviderSettings { TimeZoneId = "America/New_York", BookingWindowDays = 90 });
        var client = await H.CreateClientAsync();
        var before = new DateOnly(2030, 3, 9);
        var after = new DateOnly(2030, 3, 11);

        var saturday = await H.Slots.GetSlotsAsync(provider.UserId, before, before);
        var monday = await H.Slots.GetSlotsAsync(provider.UserId, after, after);
        var booked = await H.Reservations.ReserveAsync(client, new(provider.UserId, monday[0].Start));

        Assert.Equal(BookingHarness.At("2030-03-09T14:00Z"), saturday[0].Start);
        Assert.Equal(BookingHarness.At("2030-03-11T13:00Z"), monday[0].Start);
        Assert.Equal(TimeSpan.FromHours(-4), monday[0].LocalStart.Offset);
        Assert.Equal(BookingHarness.At("2030-03-11T13:00Z"), (await H.LoadAsync(booked.Id)).Start);
        await Assert.ThrowsAsync<SlotUnavailableException>(() =>
            H.Reservations.ReserveAsync(client, new(provider.UserId, BookingHarness.At("2030-03-11T12:00Z"))));
    }

    [Fact]
    public async Task A_schedule_change_made_through_another_instance_is_seen_by_the_next_reservation()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        await ReserveAsync(client, provider, "10:00");
        await using var otherInstance = new ServiceCollection()
            .AddBookingData(H.Settings)
            .AddSingleton<TimeProvider>(H.Clock)
            .AddBookingServices()
            .BuildServiceProvider();

        await otherInstance.GetRequiredService<ScheduleService>().AddExceptionAsync(provider, provider.UserId, new Domain.Scheduling.AvailabilityException(
            new DateTime(2030, 1, 8, 12, 0, 0), new DateTime(2030, 1, 8, 13, 0, 0), IsAvailable: false, "lunch"));

        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(client, provider, "12:00"));
        Assert.DoesNotContain(
            await H.Slots.GetSlotsAsync(provider.UserId, TuesdayDate, TuesdayDate),
            slot => slot.Start >= Tuesday("11:45") && slot.Start < Tuesday("13:00"));
    }

    [Fact]
    public async Task Slot_queries_are_checked()
    {
        var provider = await H.CreateProviderAsync();

        await Assert.ThrowsAsync<InvalidBookingRequestException>(() => H.Slots.GetSlotsAsync(provider.UserId, TuesdayDate, TuesdayDate.AddDays(-1)));
        await Assert.ThrowsAsync<InvalidSlotQueryException>(() => H.Slots.GetSlotsAsync(provider.UserId, TuesdayDate, TuesdayDate.AddDays(200)));
        await Assert.ThrowsAsync<NotFoundException>(() => H.Slots.GetSlotsAsync(Guid.NewGuid(), TuesdayDate, TuesdayDate));
        await Assert.ThrowsAsync<InvalidBookingRequestException>(() =>
            H.Schedule.SaveSettingsAsync(provider, provider.UserId, new ProviderSettings { TimeZoneId = "Mars/Olympus_Mons" }));
    }
}

public sealed class PostgresQueryTests(PostgresHarness harness) : QueryTests(harness), IClassFixture<PostgresHarness>;

public sealed class SqliteQueryTests(SqliteHarness harness) : QueryTests(harness), IClassFixture<SqliteHarness>;
