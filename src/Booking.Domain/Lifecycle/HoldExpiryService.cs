using Booking.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace Booking.Domain.Lifecycle;

/// <summary>The background sweep (run by a scheduled job) that expires every hold that has lapsed.</summary>
public sealed class HoldExpiryService
{
    private readonly BookingOperationRunner _runner;
    private readonly BookingOptions _options;

    public HoldExpiryService(BookingOperationRunner runner, IOptions<BookingOptions> options)
    {
        _runner = runner;
        _options = options.Value;
    }

    /// <summary>Expires lapsed holds in batches, one transaction each, and returns how many it expired.</summary>
    public async Task<int> ExpireLapsedHoldsAsync(CancellationToken cancellationToken = default)
    {
        var batchSize = Math.Max(1, _options.ExpiryBatchSize);
        var total = 0;
        while (true)
        {
            var expired = await _runner.RunAsync(
                async operation =>
                {
                    var batch = await LapsedHolds.NextBatchAsync(operation, batchSize);
                    await LapsedHolds.ExpireAsync(operation, batch);
                    return batch.Count;
                },
                cancellationToken);
            total += expired;
            if (expired < batchSize)
            {
                return total;
            }
        }
    }
}
