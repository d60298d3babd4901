using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Reservations;
using Booking.Domain.Tests.Support;

namespace Booking.Domain.Tests.Reservations;

public abstract class RescheduleTests(BookingHarness harness) : BookingRuleTests(harness)
{
    [Fact]
    public async Task Rescheduling_cancels_the_old_appointment_and_links_the_new_one_to_it()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var old = await ConfirmedAsync(client, provider, "10:00");

        var moved = await H.Reservations.RescheduleAsync(client, new RescheduleRequest(old.Id, Tuesday("10:15")));

        Assert.Equal(AppointmentStatus.Confirmed, moved.Status);
        Assert.Equal(old.Id, moved.RescheduledFromId);
        Assert.Equal(Tuesday("10:15"), moved.Start);
        Assert.Equal(Tuesday("10:45"), moved.End);
        var stored = await H.LoadAsync(old.Id);
        Assert.Equal(AppointmentStatus.Cancelled, stored.Status);
        Assert.Equal(ReservationService.RescheduledReason, stored.CancellationReason);
        Assert.Equal(AppointmentStatus.Confirmed, await StatusAsync(moved.Id));
        Assert.Equal(AppointmentStatus.Confirmed, Assert.Single(await H.HistoryAsync(moved.Id)).ToStatus);
    }

    [Fact]
    public async Task A_hold_keeps_its_expiry_when_it_moves()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var hold = await ReserveAsync(client, provider, "10:00");
        H.Clock.Advance(TimeSpan.FromMinutes(20));

        var moved = await H.Reservations.RescheduleAsync(client, new RescheduleRequest(hold.Id, Tuesday("14:00")));

        Assert.Equal(AppointmentStatus.Reserved, moved.Status);
        Assert.Equal(hold.HoldExpiresAt, moved.HoldExpiresAt);
    }

    [Fact]
    public async Task Rescheduling_into_a_taken_slot_changes_nothing()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var other = await H.CreateClientAsync();
        var mine = await ConfirmedAsync(client, provider, "10:00");
        await ReserveAsync(other, provider, "12:00");
        var historyBefore = await H.HistoryAsync(mine.Id);

        await Assert.ThrowsAsync<SlotUnavailableException>(() =>
            H.Reservations.RescheduleAsync(client, new RescheduleRequest(mine.Id, Tuesday("12:15"))));

        var stored = await H.LoadAsync(mine.Id);
        Assert.Equal(AppointmentStatus.Confirmed, stored.Status);
        Assert.Equal(mine.Version, stored.Version);
        Assert.Equal(historyBefore.Count, (await H.HistoryAsync(mine.Id)).Count);
        var all = await H.Queries.ListAsync(client, new(ClientId: client.UserId));
        Assert.Equal(mine.Id, Assert.Single(all).Id);
    }

    [Fact]
    public async Task A_client_reschedules_a_confirmed_appointment_only_before_the_cutoff_the_provider_at_any_time()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var appointment = await ConfirmedAsync(client, provider, "10:00");
        H.Clock.Set(Tuesday("08:30"));

        await Assert.ThrowsAsync<CancellationTooLateException>(() =>
            H.Reservations.RescheduleAsync(client, new RescheduleRequest(appointment.Id, Tuesday("15:00"))));
        var moved = await H.Reservations.RescheduleAsync(provider, new RescheduleRequest(appointment.Id, Tuesday("15:00"), Reason: "room change"));

        Assert.Equal(Tuesday("15:00"), moved.Start);
        Assert.Equal("room change", (await H.LoadAsync(appointment.Id)).CancellationReason);
    }

    [Fact]
    public async Task Only_active_appointments_move_and_not_onto_their_own_time()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var appointment = await ConfirmedAsync(client, provider, "10:00");

        await Assert.ThrowsAsync<InvalidBookingRequestException>(() =>
            H.Reservations.RescheduleAsync(client, new RescheduleRequest(appointment.Id, Tuesday("10:00"))));
        await H.Lifecycle.CancelAsync(client, appointment.Id, null);
        await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            H.Reservations.RescheduleAsync(client, new RescheduleRequest(appointment.Id, Tuesday("11:00"))));
    }
}

public sealed class PostgresRescheduleTests(PostgresHarness harness) : RescheduleTests(harness), IClassFixture<PostgresHarness>;

public sealed class SqliteRescheduleTests(SqliteHarness harness) : RescheduleTests(harness), IClassFixture<SqliteHarness>;
