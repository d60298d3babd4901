using Booking.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Booking.Data.Model;

internal sealed class ProviderProfileConfiguration : IEntityTypeConfiguration<ProviderProfile>
{
    public void Configure(EntityTypeBuilder<ProviderProfile> builder)
    {
        builder.ToTable("provider_profiles");
        builder.HasKey(profile => profile.Id);
        builder.Property(profile => profile.Id).ValueGeneratedNever();
        builder.Property(profile => profile.Version).IsConcurrencyToken();
        builder.HasMany(profile => profile.WeeklyRules).WithOne().HasForeignKey(rule => rule.ProviderId);
        builder.HasMany(profile => profile.Exceptions).WithOne().HasForeignKey(exception => exception.ProviderId);
        builder.HasMany(profile => profile.ManualSlots).WithOne().HasForeignKey(slot => slot.ProviderId);
    }
}
