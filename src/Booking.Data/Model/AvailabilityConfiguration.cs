using Booking.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Booking.Data.Model;

internal sealed class WeeklyAvailabilityRuleConfiguration : IEntityTypeConfiguration<WeeklyAvailabilityRule>
{
    public void Configure(EntityTypeBuilder<WeeklyAvailabilityRule> builder)
    {
        builder.ToTable("weekly_availability_rules");
        builder.HasKey(rule => rule.Id);
        builder.Property(rule => rule.Id).ValueGeneratedNever();
        builder.HasIndex(rule => new { rule.ProviderId, rule.Day }).HasDatabaseName("ix_weekly_availability_rules_provider_day");
    }
}

internal sealed class AvailabilityExceptionConfiguration : IEntityTypeConfiguration<AvailabilityException>
{
    public void Configure(EntityTypeBuilder<AvailabilityException> builder)
    {
        builder.ToTable("availability_exceptions");
        builder.HasKey(exception => exception.Id);
        builder.Property(exception => exception.Id).ValueGeneratedNever();
        builder.HasIndex(exception => new { exception.ProviderId, exception.LocalStart })
            .HasDatabaseName("ix_availability_exceptions_provider_start");
    }
}

internal sealed class ManualSlotConfiguration : IEntityTypeConfiguration<ManualSlot>
{
    public void Configure(EntityTypeBuilder<ManualSlot> builder)
    {
        builder.ToTable("manual_slots");
        builder.HasKey(slot => slot.Id);
        builder.Property(slot => slot.Id).ValueGeneratedNever();
        builder.HasIndex(slot => new { slot.ProviderId, slot.Start }).HasDatabaseName("ix_manual_slots_provider_start");
    }
}
