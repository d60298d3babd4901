using Booking.Data.Entities;
using Booking.Domain.Tests.Support;

namespace Booking.Domain.Tests.Reservations;

/// <summary>
/// Base of the rule tests that run on both databases: every test starts at <see cref="BookingHarness.MondayMorning"/>
/// with no recorded events, and books on Tuesday 8 January 2030 (providers work 09:00–17:00 UTC).
/// </summary>
public abstract class BookingRuleTests
{
    protected BookingRuleTests(BookingHarness harness)
    {
        H = harness;
        H.Clock.Set(BookingHarness.MondayMorning);
        H.Events.Clear();
    }

    protected BookingHarness H { get; }

    /// <summary>An instant on Tuesday 8 January 2030, e.g. <c>Tuesday("10:00")</c>.</summary>
    protected static DateTimeOffset Tuesday(string time) => BookingHarness.At($"2030-01-08T{time}Z");

    protected async Task<Appointment> ReserveAsync(Actor client, Actor provider, string time, string? key = null) =>
        await H.Reservations.ReserveAsync(client, new(provider.UserId, Tuesday(time), IdempotencyKey: key));

    protected async Task<Appointment> ConfirmedAsync(Actor client, Actor provider, string time)
    {
        var appointment = await ReserveAsync(client, provider, time);
        return await H.Lifecycle.ConfirmAsync(client, appointment.Id);
    }

    protected async Task<AppointmentStatus> StatusAsync(Guid appointmentId) => (await H.LoadAsync(appointmentId)).Status;
}
