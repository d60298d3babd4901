using System.Text.Json;
using Booking.Data.Entities;
using Booking.Domain.Reservations;
using Booking.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Tests.Availability;

/// <summary>
/// What PostgreSQL does to find the appointments a slot listing must avoid, for a provider with a year of history: the
/// exclusion constraint's GiST index must hand over exactly the overlapping active appointments, with no scan of the
/// table and nothing read only to be filtered away, whether the plan is made for the values or generic (as it becomes
/// once the auto-prepared statement has run a few times).
/// </summary>
public sealed class SlotListingPlanTests(BusyProviderYear data) : IClassFixture<BusyProviderYear>
{
    private static readonly string[] IndexNodeTypes = ["Index Scan", "Index Only Scan", "Bitmap Index Scan"];

    [Theory]
    [InlineData(7, "force_custom_plan")]
    [InlineData(7, "force_generic_plan")]
    [InlineData(31, "force_custom_plan")]
    [InlineData(31, "force_generic_plan")]
    public async Task A_listing_reads_exactly_the_overlapping_active_appointments_from_the_exclusion_index(int days, string planCacheMode)
    {
        // What SlotService loads to list the days from Monday 14 January 2030: a day more on either side.
        var from = BookingHarness.At("2030-01-13T00:00Z");
        var to = from.AddDays(days + 2);
        var expected = await OverlappingActiveIdsAsync(from, to);

        await using var db = await data.Harness.OpenDbAsync();
        var (loaded, plans) = await PostgresPlans.RecordAsync(
            db, planCacheMode, () => ActiveAppointments.OfProviderAsync(db, data.BusyProviderId, from, to, CancellationToken.None));

        var recorded = Assert.Single(plans);
        Assert.Equal(expected, loaded.Select(appointment => appointment.Id).Order());
        var nodes = PostgresPlans.Nodes(recorded).ToList();
        Assert.DoesNotContain(nodes, node => Text(node, "Node Type") == "Seq Scan");
        var index = Assert.Single(nodes, node => IndexNodeTypes.Contains(Text(node, "Node Type")));
        Assert.Equal("appointments_no_overlap", Text(index, "Index Name"));
        var condition = Text(index, "Index Cond");
        Assert.Contains("provider_id =", condition, StringComparison.Ordinal);
        Assert.Contains("tstzrange(start_at, end_at, '[)'::text) &&", condition, StringComparison.Ordinal);
        Assert.Equal(planCacheMode == "force_generic_plan", condition.Contains("$1", StringComparison.Ordinal));
        Assert.Equal(expected.Count, index.GetProperty("Actual Rows").GetInt64());
        Assert.All(nodes, node =>
        {
            Assert.Equal(0, Count(node, "Rows Removed by Filter"));
            Assert.Equal(0, Count(node, "Rows Removed by Index Recheck"));
        });
    }

    /// <summary>The answer worked out in memory from every appointment of the provider.</summary>
    private async Task<List<Guid>> OverlappingActiveIdsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var db = await data.Harness.OpenDbAsync();
        var all = await db.Appointments.AsNoTracking().Where(appointment => appointment.ProviderId == data.BusyProviderId).ToListAsync();
        Assert.True(all.Count > 5000, $"The busy provider has only {all.Count} appointments.");
        return [.. all
            .Where(appointment => Appointment.IsActiveStatus(appointment.Status) && appointment.Start < to && appointment.End > from)
            .Select(appointment => appointment.Id)
            .Order()];
    }

    private static string Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? value.GetString() ?? "" : "";

    private static long Count(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? value.GetInt64() : 0;
}
