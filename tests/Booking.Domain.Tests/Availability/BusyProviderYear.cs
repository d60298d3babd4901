using Booking.Data.Entities;
using Booking.Domain.Tests.Support;
using Npgsql;

namespace Booking.Domain.Tests.Availability;

/// <summary>
/// A PostgreSQL database with realistic history, analyzed: one busy provider with sixteen 30-minute appointments a
/// day for a year (half before the harness's clock, half after) and four quieter providers with four a day. Past
/// appointments are mostly completed, future ones mostly confirmed, and both include cancelled, expired, no-show and
/// reserved ones (holds lapsed and live); every cancelled or expired one was booked again. About 14,000 rows.
/// </summary>
public sealed class BusyProviderYear : IAsyncLifetime
{
    public static readonly DateTimeOffset FirstDay = BookingHarness.At("2029-07-08T00:00Z");

    /// <summary>Parameters: $1 the providers (the busy one first), $2 the clients, $3 the first day, $4 now.</summary>
    private static readonly string[] GenerateYear =
    [
        """
        INSERT INTO appointments (id, provider_id, client_id, start_at, end_at, status, hold_expires_at, created_at, updated_at, version)
        SELECT gen_random_uuid(), provider_id, $2[1 + n % cardinality($2)], start_at, start_at + interval '30 minutes', status,
            CASE WHEN status = 'Reserved' THEN $4 + CASE WHEN n / 10 % 2 = 0 THEN interval '1 hour' ELSE interval '-1 hour' END END,
            $4, $4, 1
        FROM (
            SELECT providers.id AS provider_id, slots.start_at, slots.n,
                CASE WHEN slots.start_at < $4
                    THEN (ARRAY['Completed', 'Completed', 'Completed', 'Completed', 'Completed', 'Completed', 'Cancelled', 'Expired', 'NoShow', 'Confirmed'])[1 + slots.n % 10]
                    ELSE (ARRAY['Confirmed', 'Confirmed', 'Confirmed', 'Confirmed', 'Confirmed', 'Confirmed', 'Reserved', 'Cancelled', 'Expired', 'Confirmed'])[1 + slots.n % 10]
                END AS status
            FROM unnest($1) WITH ORDINALITY AS providers (id, rank)
                CROSS JOIN generate_series(0, 364) AS day
                CROSS JOIN LATERAL generate_series(0, CASE WHEN providers.rank = 1 THEN 15 ELSE 3 END) AS slot
                CROSS JOIN LATERAL (
                    SELECT $3 + day * interval '1 day' + interval '9 hours' + slot * interval '30 minutes' AS start_at,
                        day * 16 + slot + providers.rank::integer AS n) AS slots
        ) AS generated
        """,
        """
        INSERT INTO appointments (id, provider_id, client_id, start_at, end_at, status, hold_expires_at, created_at, updated_at, version)
        SELECT gen_random_uuid(), provider_id, client_id, start_at, end_at,
            CASE WHEN start_at < $4 THEN 'Completed' ELSE 'Confirmed' END, NULL, $4, $4, 1
        FROM appointments
        WHERE status IN ('Cancelled', 'Expired')
        """,
        "ANALYZE appointments",
    ];

    public PostgresHarness Harness { get; } = new();

    /// <summary>The provider with sixteen appointments a day.</summary>
    public Guid BusyProviderId { get; private set; }

    public async Task InitializeAsync()
    {
        await Harness.InitializeAsync();
        var providers = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            providers.Add((await Harness.CreateProviderAsync()).UserId);
        }

        var clients = await Harness.CreateUsersAsync(UserRole.Client, 50);
        BusyProviderId = providers[0];
        await using var connection = new NpgsqlConnection(Harness.Settings.ConnectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in GenerateYear)
        {
            var command = new NpgsqlBatchCommand(statement);
            if (statement.Contains('$', StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. providers] });
                command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. clients.Select(client => client.UserId)] });
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = FirstDay });
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Harness.Clock.GetUtcNow() });
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Harness.DisposeAsync();
}
