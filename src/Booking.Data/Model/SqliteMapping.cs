using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Booking.Data.Model;

/// <summary>
/// SQLite has no instant type and EF cannot compare or order DateTimeOffset text there, so instants are stored as
/// UTC ticks (INTEGER): they compare, order and index correctly.
/// </summary>
internal static class SqliteMapping
{
    private static readonly ValueConverter<DateTimeOffset, long> UtcTicks = new(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                if (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?))
                {
                    property.SetValueConverter(UtcTicks);
                }
            }
        }
    }
}
