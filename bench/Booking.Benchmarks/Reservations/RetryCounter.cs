using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Booking.Domain.Persistence;

namespace Booking.Benchmarks.Reservations;

/// <summary>Listens to the booking retry counter during a load run, by reason.</summary>
internal sealed class RetryCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _byReason = new();

    private RetryCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BookingMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var reason = tags.Length > 0 ? tags[0].Value?.ToString() ?? "unknown" : "unknown";
            _byReason.AddOrUpdate(reason, value, (_, total) => total + value);
        });
        _listener.Start();
    }

    public static RetryCounter Start() => new();

    public string Describe() =>
        _byReason.IsEmpty ? "none" : string.Join(", ", _byReason.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key} {pair.Value}"));

    public void Dispose() => _listener.Dispose();
}
