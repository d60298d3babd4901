using Booking.Data.Entities;
using Booking.Domain.Availability;
using Booking.Domain.Errors;
using Booking.Domain.Events;
using Booking.Domain.Reservations;
using Booking.Domain.Tests.Support;

namespace Booking.Domain.Tests.Reservations;

public abstract class ReserveTests(BookingHarness harness) : BookingRuleTests(harness)
{
    [Fact]
    public async Task A_reservation_holds_the_slot_for_the_grace_period_and_records_its_creation()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();

        var appointment = await ReserveAsync(client, provider, "10:00");

        Assert.Equal(AppointmentStatus.Reserved, appointment.Status);
        Assert.Equal(Tuesday("10:00"), appointment.Start);
        Assert.Equal(Tuesday("10:30"), appointment.End);
        Assert.Equal(BookingHarness.MondayMorning + TimeSpan.FromMinutes(30), appointment.HoldExpiresAt);
        var stored = await H.LoadAsync(appointment.Id);
        Assert.Equal(appointment.Start, stored.Start);
        Assert.Equal(appointment.HoldExpiresAt, stored.HoldExpiresAt);
        var entry = Assert.Single(await H.HistoryAsync(appointment.Id));
        Assert.Null(entry.FromStatus);
        Assert.Equal(AppointmentStatus.Reserved, entry.ToStatus);
        Assert.Equal(client.UserId, entry.ChangedById);

        var changed = Assert.Single(H.Events.OfType<AppointmentChanged>(), e => e.AppointmentId == appointment.Id);
        Assert.Equal(AppointmentStatus.Reserved, changed.Status);
        Assert.Null(changed.PreviousStatus);
        Assert.Contains(H.Events.OfType<SlotAvailabilityChanged>(), e =>
            e.ProviderId == provider.UserId && e.Start == Tuesday("10:00") && e.End == Tuesday("10:30"));
    }

    [Fact]
    public async Task An_overlapping_reservation_is_refused_but_one_that_only_touches_is_accepted()
    {
        var provider = await H.CreateProviderAsync();
        var clients = await H.CreateUsersAsync(UserRole.Client, 4);
        await ReserveAsync(clients[0], provider, "10:00");

        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(clients[1], provider, "10:00"));
        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(clients[1], provider, "10:15"));
        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(clients[1], provider, "09:45"));
        var after = await ReserveAsync(clients[2], provider, "10:30");
        var before = await ReserveAsync(clients[3], provider, "09:30");

        Assert.Equal(AppointmentStatus.Reserved, after.Status);
        Assert.Equal(AppointmentStatus.Reserved, before.Status);
    }

    [Fact]
    public async Task Times_the_provider_does_not_offer_are_refused()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();

        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(client, provider, "08:30"));
        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(client, provider, "16:45"));
        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(client, provider, "10:05"));
        var last = await ReserveAsync(client, provider, "16:30");

        Assert.Equal(Tuesday("17:00"), last.End);
    }

    [Fact]
    public async Task A_lapsed_hold_frees_its_slot_at_once_without_a_sweep()
    {
        var provider = await H.CreateProviderAsync();
        var first = await H.CreateClientAsync();
        var second = await H.CreateClientAsync();
        var hold = await ReserveAsync(first, provider, "10:00");

        H.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(second, provider, "10:00"));

        H.Clock.Advance(TimeSpan.FromSeconds(1));
        var taken = await ReserveAsync(second, provider, "10:00");

        Assert.Equal(AppointmentStatus.Reserved, taken.Status);
        Assert.Equal(AppointmentStatus.Expired, await StatusAsync(hold.Id));
        var expiry = (await H.HistoryAsync(hold.Id))[^1];
        Assert.Equal(AppointmentStatus.Reserved, expiry.FromStatus);
        Assert.Equal(AppointmentStatus.Expired, expiry.ToStatus);
        Assert.Null(expiry.ChangedById);
    }

    [Fact]
    public async Task A_client_may_hold_at_most_three_unconfirmed_reservations()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var holds = new[]
        {
            await ReserveAsync(client, provider, "10:00"),
            await ReserveAsync(client, provider, "11:00"),
            await ReserveAsync(client, provider, "12:00"),
        };

        await Assert.ThrowsAsync<TooManyHoldsException>(() => ReserveAsync(client, provider, "13:00"));

        await H.Lifecycle.ConfirmAsync(client, holds[0].Id);
        var fourth = await ReserveAsync(client, provider, "13:00");
        Assert.Equal(AppointmentStatus.Reserved, fourth.Status);
        await Assert.ThrowsAsync<TooManyHoldsException>(() => ReserveAsync(client, provider, "14:00"));
    }

    [Fact]
    public async Task Lapsed_holds_do_not_count_towards_the_limit()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        await ReserveAsync(client, provider, "10:00");
        await ReserveAsync(client, provider, "11:00");
        await ReserveAsync(client, provider, "12:00");

        H.Clock.Advance(TimeSpan.FromMinutes(30));
        var fresh = await ReserveAsync(client, provider, "13:00");

        Assert.Equal(AppointmentStatus.Reserved, fresh.Status);
    }

    [Fact]
    public async Task A_client_cannot_hold_two_overlapping_appointments_even_with_different_providers()
    {
        var alice = await H.CreateProviderAsync();
        var bob = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        await ReserveAsync(client, alice, "10:00");

        await Assert.ThrowsAsync<OverlappingAppointmentException>(() => ReserveAsync(client, bob, "10:15"));
        var adjacent = await ReserveAsync(client, bob, "10:30");

        Assert.Equal(AppointmentStatus.Reserved, adjacent.Status);
    }

    [Fact]
    public async Task A_retried_reservation_with_the_same_idempotency_key_returns_the_same_appointment()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();

        var first = await ReserveAsync(client, provider, "10:00", key: "retry-1");
        var again = await ReserveAsync(client, provider, "10:00", key: "retry-1");
        var other = await H.CreateClientAsync();
        var sameKeyOtherClient = await ReserveAsync(other, provider, "11:00", key: "retry-1");

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, sameKeyOtherClient.Id);
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => ReserveAsync(client, provider, "12:00", key: "retry-1"));
        var mine = await H.Queries.ListAsync(client, new(ClientId: client.UserId));
        Assert.Single(mine);
    }

    [Fact]
    public async Task The_minimum_notice_and_the_booking_window_bound_what_can_be_reserved()
    {
        var provider = await H.CreateProviderAsync(new ProviderSettings { MinimumNotice = TimeSpan.FromHours(2), BookingWindowDays = 2 });
        var client = await H.CreateClientAsync();
        H.Clock.Set(Tuesday("08:00"));

        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(client, provider, "09:45"));
        var atNotice = await ReserveAsync(client, provider, "10:00");
        await Assert.ThrowsAsync<SlotUnavailableException>(() =>
            H.Reservations.ReserveAsync(client, new(provider.UserId, BookingHarness.At("2030-01-10T09:00Z"))));

        Assert.Equal(Tuesday("10:00"), atNotice.Start);
    }

    [Fact]
    public async Task Buffers_keep_free_time_around_each_appointment()
    {
        var provider = await H.CreateProviderAsync(new ProviderSettings { BufferAfter = TimeSpan.FromMinutes(15) });
        var clients = await H.CreateUsersAsync(UserRole.Client, 3);
        await ReserveAsync(clients[0], provider, "10:00");

        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(clients[1], provider, "10:30"));
        await Assert.ThrowsAsync<SlotUnavailableException>(() => ReserveAsync(clients[1], provider, "09:30"));
        var later = await ReserveAsync(clients[1], provider, "10:45");
        var earlier = await ReserveAsync(clients[2], provider, "09:15");

        Assert.Equal(Tuesday("10:45"), later.Start);
        Assert.Equal(Tuesday("09:15"), earlier.Start);
    }

    [Fact]
    public async Task Only_active_clients_reserve_and_only_with_active_providers()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var admin = await H.CreateAdminAsync();

        await Assert.ThrowsAsync<NotAllowedException>(() => ReserveAsync(provider, provider, "10:00"));
        await Assert.ThrowsAsync<NotAllowedException>(() => ReserveAsync(admin, provider, "10:00"));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            H.Reservations.ReserveAsync(client, new ReserveRequest(Guid.NewGuid(), Tuesday("10:00"))));
        await Assert.ThrowsAsync<InvalidBookingRequestException>(() =>
            H.Reservations.ReserveAsync(client, new ReserveRequest(provider.UserId, Tuesday("10:00"), Tuesday("10:00"))));
    }

    [Fact]
    public async Task A_reservation_sees_the_providers_current_settings_and_status()
    {
        var provider = await H.CreateProviderAsync();
        var clients = await H.CreateUsersAsync(UserRole.Client, 3);
        var before = await ReserveAsync(clients[0], provider, "10:00");

        await H.Schedule.SaveSettingsAsync(provider, provider.UserId, new ProviderSettings
        {
            DefaultAppointmentLength = TimeSpan.FromMinutes(45),
            HoldGracePeriod = TimeSpan.FromMinutes(10),
        });
        var after = await ReserveAsync(clients[1], provider, "11:00");

        Assert.Equal(TimeSpan.FromMinutes(30), before.End - before.Start);
        Assert.Equal(TimeSpan.FromMinutes(45), after.End - after.Start);
        Assert.Equal(BookingHarness.MondayMorning + TimeSpan.FromMinutes(10), after.HoldExpiresAt);

        await using (var db = await H.OpenDbAsync())
        {
            var user = await db.Users.FindAsync(provider.UserId);
            user!.IsActive = false;
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<NotFoundException>(() => ReserveAsync(clients[2], provider, "13:00"));
    }

    [Fact]
    public async Task A_blocked_client_is_refused_until_an_admin_unblocks_them()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var admin = await H.CreateAdminAsync();
        await using (var db = await H.OpenDbAsync())
        {
            var user = await db.Users.FindAsync(client.UserId);
            user!.IsBlocked = true;
            await db.SaveChangesAsync();
        }

        var refused = await Assert.ThrowsAsync<ClientBlockedException>(() => ReserveAsync(client, provider, "10:00"));
        Assert.Equal(BookingErrorCodes.ClientBlocked, refused.Code);
        await Assert.ThrowsAsync<NotAllowedException>(() => H.Accounts.UnblockClientAsync(provider, client.UserId));

        await H.Accounts.UnblockClientAsync(admin, client.UserId);
        var appointment = await ReserveAsync(client, provider, "10:00");

        Assert.Equal(AppointmentStatus.Reserved, appointment.Status);
    }
}

public sealed class PostgresReserveTests(PostgresHarness harness) : ReserveTests(harness), IClassFixture<PostgresHarness>;

public sealed class SqliteReserveTests(SqliteHarness harness) : ReserveTests(harness), IClassFixture<SqliteHarness>;
