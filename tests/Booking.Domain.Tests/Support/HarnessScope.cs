using Booking.Data.Setup;

namespace Booking.Domain.Tests.Support;

/// <summary>A harness of its own for one test that needs a database nobody else touches.</summary>
internal sealed class HarnessScope : IAsyncDisposable
{
    private HarnessScope(BookingHarness harness) => Harness = harness;

    public BookingHarness Harness { get; }

    public static async Task<HarnessScope> StartAsync(DatabaseProvider provider)
    {
        BookingHarness harness = provider == DatabaseProvider.Postgres ? new PostgresHarness() : new SqliteHarness();
        await harness.InitializeAsync();
        return new HarnessScope(harness);
    }

    public async ValueTask DisposeAsync() => await Harness.DisposeAsync();
}
