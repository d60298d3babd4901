using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Tests.Support;

namespace Booking.Domain.Tests.Reservations;

public abstract class OutcomeTests(BookingHarness harness) : BookingRuleTests(harness)
{
    [Fact]
    public async Task The_provider_completes_an_appointment_once_it_has_started()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var appointment = await ConfirmedAsync(client, provider, "10:00");

        H.Clock.Set(Tuesday("10:00") - TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<AppointmentNotStartedException>(() => H.Lifecycle.CompleteAsync(provider, appointment.Id));
        H.Clock.Set(Tuesday("10:00"));
        var completed = await H.Lifecycle.CompleteAsync(provider, appointment.Id);

        Assert.Equal(AppointmentStatus.Completed, completed.Status);
        Assert.Equal(provider.UserId, (await H.HistoryAsync(appointment.Id))[^1].ChangedById);
        await Assert.ThrowsAsync<InvalidTransitionException>(() => H.Lifecycle.MarkNoShowAsync(provider, appointment.Id));
    }

    [Fact]
    public async Task Only_the_provider_or_an_admin_records_outcomes_and_only_of_confirmed_appointments()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var admin = await H.CreateAdminAsync();
        var confirmed = await ConfirmedAsync(client, provider, "10:00");
        var hold = await ReserveAsync(client, provider, "11:00");
        H.Clock.Set(Tuesday("12:00"));

        await Assert.ThrowsAsync<NotAllowedException>(() => H.Lifecycle.CompleteAsync(client, confirmed.Id));
        await Assert.ThrowsAsync<InvalidTransitionException>(() => H.Lifecycle.CompleteAsync(provider, hold.Id));
        var byAdmin = await H.Lifecycle.MarkNoShowAsync(admin, confirmed.Id);

        Assert.Equal(AppointmentStatus.NoShow, byAdmin.Status);
    }

    [Fact]
    public async Task Three_no_shows_block_the_client_until_an_admin_unblocks_them()
    {
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var admin = await H.CreateAdminAsync();
        var appointments = new[]
        {
            await ConfirmedAsync(client, provider, "10:00"),
            await ConfirmedAsync(client, provider, "11:00"),
            await ConfirmedAsync(client, provider, "12:00"),
        };
        H.Clock.Set(Tuesday("13:00"));

        await H.Lifecycle.MarkNoShowAsync(provider, appointments[0].Id);
        await H.Lifecycle.MarkNoShowAsync(provider, appointments[1].Id);
        Assert.False((await H.LoadUserAsync(client.UserId)).IsBlocked);
        await H.Lifecycle.MarkNoShowAsync(provider, appointments[2].Id);

        var blocked = await H.LoadUserAsync(client.UserId);
        Assert.True(blocked.IsBlocked);
        Assert.Equal(3, blocked.NoShowCount);
        await Assert.ThrowsAsync<ClientBlockedException>(() => ReserveAsync(client, provider, "15:00"));

        var unblocked = await H.Accounts.UnblockClientAsync(admin, client.UserId);
        Assert.False(unblocked.IsBlocked);
        Assert.Equal(0, unblocked.NoShowCount);
        Assert.Equal(AppointmentStatus.Reserved, (await ReserveAsync(client, provider, "15:00")).Status);
    }
}

public sealed class PostgresOutcomeTests(PostgresHarness harness) : OutcomeTests(harness), IClassFixture<PostgresHarness>;

public sealed class SqliteOutcomeTests(SqliteHarness harness) : OutcomeTests(harness), IClassFixture<SqliteHarness>;
