using Booking.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Booking.Data.Model;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments");
        builder.HasKey(appointment => appointment.Id);
        builder.Property(appointment => appointment.Id).ValueGeneratedNever();
        builder.Property(appointment => appointment.Version).IsConcurrencyToken();

        builder.HasOne(appointment => appointment.Provider).WithMany().HasForeignKey(appointment => appointment.ProviderId);
        builder.HasOne(appointment => appointment.Client).WithMany().HasForeignKey(appointment => appointment.ClientId);
        builder.HasOne<User>().WithMany().HasForeignKey(appointment => appointment.CancelledById);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(appointment => appointment.RescheduledFromId);
        builder.HasMany(appointment => appointment.History).WithOne().HasForeignKey(entry => entry.AppointmentId);

        builder.HasIndex(appointment => new { appointment.ProviderId, appointment.Start }).HasDatabaseName("ix_appointments_provider_start");
        builder.HasIndex(appointment => new { appointment.ClientId, appointment.Status }).HasDatabaseName("ix_appointments_client_status");
        builder.HasIndex(appointment => new { appointment.Status, appointment.HoldExpiresAt }).HasDatabaseName("ix_appointments_status_hold_expires_at");
        builder.HasIndex(appointment => appointment.Start).HasDatabaseName("ix_appointments_start");
        builder.HasIndex(appointment => appointment.RescheduledFromId).HasDatabaseName("ix_appointments_rescheduled_from");
        builder.HasIndex(appointment => new { appointment.ClientId, appointment.IdempotencyKey })
            .IsUnique()
            .HasFilter("idempotency_key IS NOT NULL")
            .HasDatabaseName(DatabaseConstraintNames.AppointmentsClientIdempotencyKey);
    }
}

internal sealed class AppointmentHistoryConfiguration : IEntityTypeConfiguration<AppointmentHistory>
{
    public void Configure(EntityTypeBuilder<AppointmentHistory> builder)
    {
        builder.ToTable("appointment_history");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedOnAdd();
        builder.HasOne<User>().WithMany().HasForeignKey(entry => entry.ChangedById);
        builder.HasIndex(entry => new { entry.AppointmentId, entry.Id }).HasDatabaseName("ix_appointment_history_appointment");
    }
}
