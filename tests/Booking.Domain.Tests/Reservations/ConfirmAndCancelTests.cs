using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Events;
using Booking.Domain.Tests.Support;

namespace Booking.Domain.Tests.Reservations;

public abstract class ConfirmAndCancelTests(BookingHarness harness) : BookingRuleTests(harness)
{
    [Fact]
    public async Task The_reserving_client_confirms_before_the_hold_lapses()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var hold = await ReserveAsync(client, provider, "10:00");
        H.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromTicks(1));

        var confirmed = await H.Lifecycle.ConfirmAsync(client, hold.Id);

        Assert.Equal(AppointmentStatus.Confirmed, confirmed.Status);
        Assert.Null(confirmed.HoldExpiresAt);
        var stored = await H.LoadAsync(hold.Id);
        Assert.Equal(AppointmentStatus.Confirmed, stored.Status);
        Assert.Equal(hold.Version + 1, stored.Version);
        Assert.Equal(
            [null, AppointmentStatus.Reserved],
            (await H.HistoryAsync(hold.Id)).Select(entry => entry.FromStatus));
        Assert.Contains(H.Events.OfType<AppointmentChanged>(), e =>
            e.AppointmentId == hold.Id && e.Status == AppointmentStatus.Confirmed && e.PreviousStatus == AppointmentStatus.Reserved);
    }

    [Fact]
    public async Task Confirming_when_the_hold_has_lapsed_fails_and_records_the_expiry()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var hold = await ReserveAsync(client, provider, "10:00");
        H.Clock.Advance(TimeSpan.FromMinutes(30));

        var error = await Assert.ThrowsAsync<ReservationExpiredException>(() => H.Lifecycle.ConfirmAsync(client, hold.Id));

        Assert.Equal(BookingErrorCodes.ReservationExpired, error.Code);
        Assert.Equal(AppointmentStatus.Expired, await StatusAsync(hold.Id));
        Assert.Contains(H.Events.OfType<SlotAvailabilityChanged>(), e => e.ProviderId == provider.UserId && e.Start == Tuesday("10:00"));
        await Assert.ThrowsAsync<InvalidTransitionException>(() => H.Lifecycle.ConfirmAsync(client, hold.Id));
    }

    [Fact]
    public async Task Only_the_reserving_client_confirms_and_only_once()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var stranger = await H.CreateClientAsync();
        var admin = await H.CreateAdminAsync();
        var hold = await ReserveAsync(client, provider, "10:00");

        await Assert.ThrowsAsync<NotFoundException>(() => H.Lifecycle.ConfirmAsync(stranger, hold.Id));
        await Assert.ThrowsAsync<NotAllowedException>(() => H.Lifecycle.ConfirmAsync(provider, hold.Id));
        await Assert.ThrowsAsync<NotAllowedException>(() => H.Lifecycle.ConfirmAsync(admin, hold.Id));
        await H.Lifecycle.ConfirmAsync(client, hold.Id);
        await Assert.ThrowsAsync<InvalidTransitionException>(() => H.Lifecycle.ConfirmAsync(client, hold.Id));
    }

    [Fact]
    public async Task A_client_cancels_a_confirmed_appointment_until_the_cutoff_and_not_a_moment_later()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var early = await ConfirmedAsync(client, provider, "10:00");
        var late = await ConfirmedAsync(client, provider, "11:00");

        H.Clock.Set(Tuesday("08:00"));
        var cancelled = await H.Lifecycle.CancelAsync(client, early.Id, "plans changed");
        H.Clock.Set(Tuesday("09:00") + TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<CancellationTooLateException>(() => H.Lifecycle.CancelAsync(client, late.Id, null));

        Assert.Equal(AppointmentStatus.Cancelled, cancelled.Status);
        Assert.Equal(client.UserId, cancelled.CancelledById);
        Assert.Equal("plans changed", cancelled.CancellationReason);
        Assert.Equal(Tuesday("08:00"), cancelled.CancelledAt);
        Assert.Equal(BookingErrorCodes.CancellationTooLate, error.Code);
        Assert.Equal(AppointmentStatus.Confirmed, await StatusAsync(late.Id));
    }

    [Fact]
    public async Task The_provider_or_an_admin_cancels_at_any_time_but_must_say_why()
    {
        var provider = await H.CreateProviderAsync();
        var otherProvider = await H.CreateProviderAsync();
        var admin = await H.CreateAdminAsync();
        var client = await H.CreateClientAsync();
        var first = await ConfirmedAsync(client, provider, "10:00");
        var second = await ConfirmedAsync(client, provider, "11:00");
        H.Clock.Set(Tuesday("10:50"));

        await Assert.ThrowsAsync<InvalidBookingRequestException>(() => H.Lifecycle.CancelAsync(provider, first.Id, " "));
        await Assert.ThrowsAsync<NotFoundException>(() => H.Lifecycle.CancelAsync(otherProvider, first.Id, "not mine"));
        var byProvider = await H.Lifecycle.CancelAsync(provider, first.Id, "provider is ill");
        var byAdmin = await H.Lifecycle.CancelAsync(admin, second.Id, "office closed");

        Assert.Equal(provider.UserId, byProvider.CancelledById);
        Assert.Equal(admin.UserId, byAdmin.CancelledById);
        Assert.Equal("office closed", (await H.HistoryAsync(second.Id))[^1].Reason);
    }

    [Fact]
    public async Task A_client_may_release_an_unconfirmed_hold_even_inside_the_cutoff()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        H.Clock.Set(Tuesday("09:00"));
        var hold = await ReserveAsync(client, provider, "10:00");

        var released = await H.Lifecycle.CancelAsync(client, hold.Id, null);

        Assert.Equal(AppointmentStatus.Cancelled, released.Status);
    }

    [Fact]
    public async Task Cancelling_frees_the_slot_and_cannot_be_repeated()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var next = await H.CreateClientAsync();
        var appointment = await ConfirmedAsync(client, provider, "10:00");

        await H.Lifecycle.CancelAsync(client, appointment.Id, null);
        await Assert.ThrowsAsync<InvalidTransitionException>(() => H.Lifecycle.CancelAsync(client, appointment.Id, null));
        var replacement = await ReserveAsync(next, provider, "10:00");

        Assert.Equal(AppointmentStatus.Reserved, replacement.Status);
        Assert.Contains(H.Events.OfType<SlotAvailabilityChanged>(), e => e.ProviderId == provider.UserId && e.Start == Tuesday("10:00"));
    }

    [Fact]
    public async Task Cancelling_a_lapsed_hold_reports_that_it_expired()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var hold = await ReserveAsync(client, provider, "10:00");
        H.Clock.Advance(TimeSpan.FromHours(1));

        await Assert.ThrowsAsync<ReservationExpiredException>(() => H.Lifecycle.CancelAsync(client, hold.Id, null));

        Assert.Equal(AppointmentStatus.Expired, await StatusAsync(hold.Id));
    }
}

public sealed class PostgresConfirmAndCancelTests(PostgresHarness harness) : ConfirmAndCancelTests(harness), IClassFixture<PostgresHarness>;

public sealed class SqliteConfirmAndCancelTests(SqliteHarness harness) : ConfirmAndCancelTests(harness), IClassFixture<SqliteHarness>;
