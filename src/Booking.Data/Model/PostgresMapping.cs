using Booking.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Booking.Data.Model;

/// <summary>PostgreSQL column types that differ from Npgsql's defaults.</summary>
internal static class PostgresMapping
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        // Exception times are provider-local wall-clock times, not instants: timestamp without time zone keeps
        // DateTimeKind.Unspecified values as they are.
        modelBuilder.Entity<AvailabilityException>(entity =>
        {
            entity.Property(e => e.LocalStart).HasColumnType("timestamp without time zone");
            entity.Property(e => e.LocalEnd).HasColumnType("timestamp without time zone");
        });
    }
}
