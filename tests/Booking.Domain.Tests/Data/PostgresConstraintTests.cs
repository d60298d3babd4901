using Booking.Data;
using Booking.Data.Entities;
using Booking.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Booking.Domain.Tests.Data;

/// <summary>
/// The database itself refuses a double booking, whatever the application does: these tests write rows directly,
/// past every service rule.
/// </summary>
public sealed class PostgresConstraintTests(PostgresHarness harness) : IClassFixture<PostgresHarness>
{
    private static readonly DateTimeOffset Ten = BookingHarness.At("2030-01-08T10:00Z");

    [Theory]
    [InlineData(AppointmentStatus.Reserved, AppointmentStatus.Reserved)]
    [InlineData(AppointmentStatus.Confirmed, AppointmentStatus.Reserved)]
    [InlineData(AppointmentStatus.Confirmed, AppointmentStatus.Confirmed)]
    public async Task Two_overlapping_active_appointments_of_one_provider_violate_the_exclusion_constraint(
        AppointmentStatus first, AppointmentStatus second)
    {
        var provider = await harness.CreateProviderAsync();
        var clients = await harness.CreateUsersAsync(UserRole.Client, 2);
        await InsertAsync(provider.UserId, clients[0].UserId, Ten, Ten.AddMinutes(30), first);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() =>
            InsertAsync(provider.UserId, clients[1].UserId, Ten.AddMinutes(29), Ten.AddMinutes(59), second));

        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal(PostgresErrorCodes.ExclusionViolation, postgres.SqlState);
        Assert.Equal(DatabaseConstraintNames.AppointmentsNoOverlap, postgres.ConstraintName);
    }

    [Fact]
    public async Task Touching_ranges_other_providers_and_inactive_appointments_do_not_conflict()
    {
        var provider = await harness.CreateProviderAsync();
        var other = await harness.CreateProviderAsync();
        var clients = await harness.CreateUsersAsync(UserRole.Client, 5);
        await InsertAsync(provider.UserId, clients[0].UserId, Ten, Ten.AddMinutes(30), AppointmentStatus.Confirmed);

        await InsertAsync(provider.UserId, clients[1].UserId, Ten.AddMinutes(30), Ten.AddMinutes(60), AppointmentStatus.Confirmed);
        await InsertAsync(other.UserId, clients[2].UserId, Ten, Ten.AddMinutes(30), AppointmentStatus.Confirmed);
        await InsertAsync(provider.UserId, clients[3].UserId, Ten, Ten.AddMinutes(30), AppointmentStatus.Cancelled);
        await InsertAsync(provider.UserId, clients[4].UserId, Ten, Ten.AddMinutes(30), AppointmentStatus.Expired);

        await using var db = await harness.OpenDbAsync();
        Assert.Equal(4, await db.Appointments.CountAsync(a => a.ProviderId == provider.UserId));
    }

    private async Task InsertAsync(Guid providerId, Guid clientId, DateTimeOffset start, DateTimeOffset end, AppointmentStatus status)
    {
        await using var db = await harness.OpenDbAsync();
        db.Appointments.Add(new Appointment
        {
            ProviderId = providerId,
            ClientId = clientId,
            Start = start,
            End = end,
            Status = status,
            HoldExpiresAt = status == AppointmentStatus.Reserved ? start : null,
            CreatedAt = start,
            UpdatedAt = start,
        });
        await db.SaveChangesAsync();
    }
}
