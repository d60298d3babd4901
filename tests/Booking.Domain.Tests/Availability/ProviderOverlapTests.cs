using Booking.Data.Entities;
using Booking.Domain.Reservations;
using Booking.Domain.Tests.Support;

namespace Booking.Domain.Tests.Availability;

/// <summary>
/// The appointments a slot listing loads are exactly the provider's active ones overlapping the window as '[)'
/// intervals (touching ones are not), with lapsed holds included as they are (the listing decides they are free).
/// Each case has a provider of its own, because overlapping active appointments of one provider cannot exist.
/// </summary>
public abstract class ProviderOverlapTests(BookingHarness harness)
{
    private static readonly DateTimeOffset From = BookingHarness.At("2030-01-13T00:00Z");
    private static readonly DateTimeOffset To = BookingHarness.At("2030-01-22T00:00Z");
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private sealed record Case(string Name, DateTimeOffset Start, TimeSpan Length, AppointmentStatus Status, bool Overlaps, bool HoldLapsed = false);

    private static readonly Case[] Cases =
    [
        new("ends where the window starts", From - HalfHour, HalfHour, AppointmentStatus.Confirmed, Overlaps: false),
        new("starts where the window ends", To, HalfHour, AppointmentStatus.Confirmed, Overlaps: false),
        new("a day long, ending a minute before the window", From - Day - TimeSpan.FromMinutes(1), Day, AppointmentStatus.Confirmed, Overlaps: false),
        new("spans the start", From - TimeSpan.FromMinutes(15), HalfHour, AppointmentStatus.Confirmed, Overlaps: true),
        new("spans the end", To - TimeSpan.FromMinutes(15), HalfHour, AppointmentStatus.Reserved, Overlaps: true),
        new("a day long, begun 23 hours before the window", From - TimeSpan.FromHours(23), Day, AppointmentStatus.Confirmed, Overlaps: true),
        new("confirmed inside", From.AddDays(3), HalfHour, AppointmentStatus.Confirmed, Overlaps: true),
        new("held inside", From.AddDays(3), HalfHour, AppointmentStatus.Reserved, Overlaps: true),
        new("held inside, hold lapsed", From.AddDays(2), HalfHour, AppointmentStatus.Reserved, Overlaps: true, HoldLapsed: true),
        new("cancelled inside", From.AddDays(3), HalfHour, AppointmentStatus.Cancelled, Overlaps: false),
        new("expired inside", From.AddDays(3), HalfHour, AppointmentStatus.Expired, Overlaps: false),
        new("completed inside", From.AddDays(3), HalfHour, AppointmentStatus.Completed, Overlaps: false),
        new("no-show inside", From.AddDays(3), HalfHour, AppointmentStatus.NoShow, Overlaps: false),
    ];

    [Fact]
    public async Task A_provider_active_appointments_overlapping_the_window_are_loaded_and_no_others()
    {
        var client = await harness.CreateClientAsync();
        var now = harness.Clock.GetUtcNow();
        var rows = new List<(Case Case, Appointment Row)>();
        foreach (var @case in Cases)
        {
            var provider = await harness.CreateProviderAsync();
            rows.Add((@case, new Appointment
            {
                ProviderId = provider.UserId,
                ClientId = client.UserId,
                Start = @case.Start,
                End = @case.Start + @case.Length,
                Status = @case.Status,
                HoldExpiresAt = @case.Status == AppointmentStatus.Reserved ? now.AddMinutes(@case.HoldLapsed ? -1 : 10) : null,
                CreatedAt = now,
                UpdatedAt = now,
            }));
        }

        await using (var db = await harness.OpenDbAsync())
        {
            db.Appointments.AddRange(rows.Select(row => row.Row));
            await db.SaveChangesAsync();
        }

        await using var query = await harness.OpenDbAsync();
        foreach (var (@case, row) in rows)
        {
            var loaded = await ActiveAppointments.OfProviderAsync(query, row.ProviderId, From, To, CancellationToken.None);

            ActiveAppointment[] expected = @case.Overlaps
                ? [new(row.Id, row.ProviderId, row.ClientId, row.Start, row.End, row.Status, row.HoldExpiresAt)]
                : [];
            Assert.True(expected.SequenceEqual(loaded), $"{@case.Name}: expected {expected.Length} appointment(s), loaded {loaded.Count}.");
            Assert.Equal(@case.Overlaps && !@case.HoldLapsed, loaded.Any(appointment => appointment.IsLiveAt(now)));
        }
    }
}

public sealed class PostgresProviderOverlapTests(PostgresHarness harness) : ProviderOverlapTests(harness), IClassFixture<PostgresHarness>;

public sealed class SqliteProviderOverlapTests(SqliteHarness harness) : ProviderOverlapTests(harness), IClassFixture<SqliteHarness>;
