using Booking.Data.Entities;
using Booking.Data.Setup;
using Booking.Domain.Events;
using Booking.Domain.Tests.Support;

namespace Booking.Domain.Tests.Reservations;

/// <summary>Each test has a database of its own: the sweep sees every hold in it, so no other test may leave any.</summary>
public abstract class ExpirySweepTests(DatabaseProvider database)
{
    [Fact]
    public async Task The_sweep_expires_exactly_the_lapsed_holds()
    {
        await using var scope = await HarnessScope.StartAsync(database);
        var h = scope.Harness;
        var provider = await h.CreateProviderAsync();
        var clients = await h.CreateUsersAsync(UserRole.Client, 3);
        var old = await h.Reservations.ReserveAsync(clients[0], new(provider.UserId, Tuesday("10:00")));
        var confirmed = await h.Lifecycle.ConfirmAsync(
            clients[1], (await h.Reservations.ReserveAsync(clients[1], new(provider.UserId, Tuesday("11:00")))).Id);
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        var fresh = await h.Reservations.ReserveAsync(clients[2], new(provider.UserId, Tuesday("12:00")));
        h.Clock.Advance(TimeSpan.FromMinutes(20));

        var expired = await h.Expiry.ExpireLapsedHoldsAsync();
        var again = await h.Expiry.ExpireLapsedHoldsAsync();

        Assert.Equal(1, expired);
        Assert.Equal(0, again);
        Assert.Equal(AppointmentStatus.Expired, await StatusAsync(h, old.Id));
        Assert.Equal(AppointmentStatus.Confirmed, await StatusAsync(h, confirmed.Id));
        Assert.Equal(AppointmentStatus.Reserved, await StatusAsync(h, fresh.Id));
        var entry = (await h.HistoryAsync(old.Id))[^1];
        Assert.Null(entry.ChangedById);
        Assert.Equal(h.Clock.GetUtcNow(), entry.ChangedAt);
        Assert.Contains(h.Events.OfType<AppointmentChanged>(), e => e.AppointmentId == old.Id && e.Status == AppointmentStatus.Expired);
    }

    [Fact]
    public async Task The_sweep_works_through_more_holds_than_one_batch()
    {
        await using var scope = await HarnessScope.StartAsync(database);
        var h = scope.Harness;
        var providers = new[] { await h.CreateProviderAsync(), await h.CreateProviderAsync() };
        var clients = await h.CreateUsersAsync(UserRole.Client, 45);
        var holds = new List<Appointment>();
        for (var i = 0; i < clients.Count; i++)
        {
            var provider = providers[i % 2];
            var start = Tuesday("09:00") + TimeSpan.FromMinutes(30 * (i / 2 % 16)) + TimeSpan.FromDays(i / 32);
            holds.Add(await h.Reservations.ReserveAsync(clients[i], new(provider.UserId, start)));
        }

        h.Clock.Advance(TimeSpan.FromHours(1));
        var expired = await h.Expiry.ExpireLapsedHoldsAsync();

        Assert.Equal(holds.Count, expired);
        await using var db = await h.OpenDbAsync();
        var ids = holds.Select(hold => hold.Id).ToList();
        Assert.All(db.Appointments.Where(a => ids.Contains(a.Id)).ToList(), a => Assert.Equal(AppointmentStatus.Expired, a.Status));
        Assert.Equal(holds.Count, db.AppointmentHistory.Count(entry => entry.ToStatus == AppointmentStatus.Expired));
    }

    private static DateTimeOffset Tuesday(string time) => BookingHarness.At($"2030-01-08T{time}Z");

    private static async Task<AppointmentStatus> StatusAsync(BookingHarness h, Guid id) => (await h.LoadAsync(id)).Status;
}

public sealed class PostgresExpirySweepTests() : ExpirySweepTests(DatabaseProvider.Postgres);

public sealed class SqliteExpirySweepTests() : ExpirySweepTests(DatabaseProvider.Sqlite);
