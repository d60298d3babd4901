using Booking.Data.Entities;
using Booking.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Booking.Data;

/// <summary>
/// The booking database, on PostgreSQL (production) or SQLite (embedded default). The schema itself comes from the
/// hand-written SQL migrations (<see cref="Migrations.BookingMigrator"/>); this model maps onto it.
/// </summary>
public sealed class BookingDbContext(DbContextOptions<BookingDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<ProviderProfile> ProviderProfiles => Set<ProviderProfile>();

    public DbSet<WeeklyAvailabilityRule> WeeklyAvailabilityRules => Set<WeeklyAvailabilityRule>();

    public DbSet<AvailabilityException> AvailabilityExceptions => Set<AvailabilityException>();

    public DbSet<ManualSlot> ManualSlots => Set<ManualSlot>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<AppointmentHistory> AppointmentHistory => Set<AppointmentHistory>();

    /// <summary>True on PostgreSQL, false on SQLite.</summary>
    public bool IsPostgres => Database.IsNpgsql();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        VersionStamp.Advance(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        VersionStamp.Advance(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<TimeSpan>().HaveConversion<DurationConverter>();
        configurationBuilder.Properties<UserRole>().HaveConversion<string>();
        configurationBuilder.Properties<AppointmentStatus>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BookingDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
        if (Database.IsNpgsql())
        {
            PostgresMapping.Apply(modelBuilder);
        }
        else
        {
            SqliteMapping.Apply(modelBuilder);
        }
    }
}
