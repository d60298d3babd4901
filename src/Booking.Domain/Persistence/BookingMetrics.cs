using System.Diagnostics.Metrics;

namespace Booking.Domain.Persistence;

/// <summary>
/// Metrics of the booking write path (meter <c>Booking.Domain</c>): how often operations had to run again because
/// of a race the database resolved (deadlock, concurrent expiry, idempotency key inserted twice).
/// </summary>
public static class BookingMetrics
{
    public const string MeterName = "Booking.Domain";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Attempts that were abandoned and run again; tagged with the kind of race.</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "booking.operation.retries", unit: "{attempt}", description: "Booking operations run again after a transient database race.");
}
