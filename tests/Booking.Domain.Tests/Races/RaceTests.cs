using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Tests.Races;

/// <summary>
/// Many transactions at once against one real database: the outcomes must be exactly those a serial order would
/// give, and nothing else may go wrong. PostgreSQL runs the full sizes; SQLite (one writer at a time) smaller ones.
/// </summary>
public abstract class RaceTests(BookingHarness harness, int reservers, int pairs, int sweptHolds)
{
    private static readonly DateTimeOffset Slot = BookingHarness.At("2030-01-08T10:00Z");

    protected BookingHarness H { get; } = harness;

    [Fact]
    public async Task Concurrent_reservations_of_one_slot_give_exactly_one_appointment_and_slot_unavailable_for_the_rest()
    {
        H.Clock.Set(BookingHarness.MondayMorning);
        var provider = await H.CreateProviderAsync();
        var clients = await H.CreateUsersAsync(UserRole.Client, reservers);

        var outcomes = await Race.RunAsync(reservers, i => H.Reservations.ReserveAsync(clients[i], new(provider.UserId, Slot)));

        var winner = Assert.Single(outcomes, outcome => outcome.Succeeded);
        Assert.All(outcomes.Where(outcome => !outcome.Succeeded), outcome => Assert.IsType<SlotUnavailableException>(outcome.Error));
        Assert.Equal(reservers - 1, outcomes.Count(outcome => outcome.Error is SlotUnavailableException));
        await using var db = await H.OpenDbAsync();
        var stored = await db.Appointments.Where(a => a.ProviderId == provider.UserId).ToListAsync();
        Assert.Equal(winner.Value!.Id, Assert.Single(stored).Id);
        Assert.Equal(1, await db.AppointmentHistory.CountAsync(entry => entry.AppointmentId == winner.Value.Id));
    }

    [Fact]
    public async Task Concurrent_confirms_and_cancels_of_one_appointment_end_in_one_state_that_the_history_explains()
    {
        H.Clock.Set(BookingHarness.MondayMorning);
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();
        var hold = await H.Reservations.ReserveAsync(client, new(provider.UserId, Slot));

        var outcomes = await Race.RunAsync(2 * pairs, i => i % 2 == 0
            ? H.Lifecycle.ConfirmAsync(client, hold.Id)
            : H.Lifecycle.CancelAsync(client, hold.Id, $"cancel {i}"));

        Assert.All(outcomes.Where(outcome => !outcome.Succeeded), outcome =>
            Assert.True(
                outcome.Error is InvalidTransitionException or ConcurrencyConflictException,
                $"Unexpected {outcome.Error!.GetType().Name}: {outcome.Error.Message}"));
        var confirms = outcomes.Count(outcome => outcome.Succeeded && outcome.Index % 2 == 0);
        var cancels = outcomes.Count(outcome => outcome.Succeeded && outcome.Index % 2 == 1);
        Assert.InRange(confirms, 0, 1);
        Assert.InRange(cancels, 0, 1);
        Assert.True(confirms + cancels >= 1, "Somebody must win.");

        var final = await H.LoadAsync(hold.Id);
        var history = await H.HistoryAsync(hold.Id);
        Assert.Equal(1 + confirms + cancels, history.Count);
        Assert.Equal(hold.Version + confirms + cancels, final.Version);
        Assert.Equal(final.Status, history[^1].ToStatus);
        for (var i = 1; i < history.Count; i++)
        {
            Assert.Equal(history[i - 1].ToStatus, history[i].FromStatus);
        }

        var expected = cancels == 1 ? AppointmentStatus.Cancelled : AppointmentStatus.Confirmed;
        Assert.Equal(expected, final.Status);
    }

    [Fact]
    public async Task Reservations_racing_the_expiry_sweep_never_leave_two_active_appointments_on_one_slot()
    {
        H.Clock.Set(BookingHarness.MondayMorning);
        var provider = await H.CreateProviderAsync();
        var holders = await H.CreateUsersAsync(UserRole.Client, sweptHolds);
        var takers = await H.CreateUsersAsync(UserRole.Client, sweptHolds);
        var slots = Enumerable.Range(0, sweptHolds).Select(i => Slot + TimeSpan.FromMinutes(30 * (i % 12)) + TimeSpan.FromDays(i / 12)).ToList();
        var holds = new List<Appointment>();
        for (var i = 0; i < sweptHolds; i++)
        {
            holds.Add(await H.Reservations.ReserveAsync(holders[i], new(provider.UserId, slots[i])));
        }

        H.Clock.Advance(TimeSpan.FromMinutes(31));
        var outcomes = await Race.RunAsync(sweptHolds + 2, async i =>
        {
            if (i >= sweptHolds)
            {
                await H.Expiry.ExpireLapsedHoldsAsync();
                return null;
            }

            return await H.Reservations.ReserveAsync(takers[i], new(provider.UserId, slots[i]));
        });

        Assert.All(outcomes, outcome => Assert.Null(outcome.Error));
        await using var db = await H.OpenDbAsync();
        var all = await db.Appointments.AsNoTracking().Where(a => a.ProviderId == provider.UserId).ToListAsync();
        Assert.Equal(2 * sweptHolds, all.Count);
        foreach (var group in all.GroupBy(a => a.Start))
        {
            Assert.Single(group, a => Appointment.IsActiveStatus(a.Status));
            Assert.Single(group, a => a.Status == AppointmentStatus.Expired);
        }

        var holdIds = holds.Select(hold => hold.Id).ToList();
        var expiries = await db.AppointmentHistory.AsNoTracking()
            .Where(entry => holdIds.Contains(entry.AppointmentId) && entry.ToStatus == AppointmentStatus.Expired)
            .ToListAsync();
        Assert.Equal(sweptHolds, expiries.Count);
    }

    [Fact]
    public async Task One_client_reserving_many_slots_at_once_still_gets_at_most_three_holds()
    {
        H.Clock.Set(BookingHarness.MondayMorning);
        var provider = await H.CreateProviderAsync();
        var client = await H.CreateClientAsync();

        var outcomes = await Race.RunAsync(10, i =>
            H.Reservations.ReserveAsync(client, new(provider.UserId, Slot + TimeSpan.FromMinutes(30 * i))));

        Assert.Equal(3, outcomes.Count(outcome => outcome.Succeeded));
        Assert.All(outcomes.Where(outcome => !outcome.Succeeded), outcome => Assert.IsType<TooManyHoldsException>(outcome.Error));
    }
}

public sealed class PostgresRaceTests(PostgresHarness harness)
    : RaceTests(harness, reservers: 200, pairs: 100, sweptHolds: 40), IClassFixture<PostgresHarness>;

public sealed class SqliteRaceTests(SqliteHarness harness)
    : RaceTests(harness, reservers: 30, pairs: 20, sweptHolds: 12), IClassFixture<SqliteHarness>;
