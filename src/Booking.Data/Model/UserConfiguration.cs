using Booking.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Booking.Data.Model;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(user => user.Id);
        builder.Property(user => user.Id).ValueGeneratedNever();
        builder.HasIndex(user => user.NormalizedEmail).IsUnique().HasDatabaseName(DatabaseConstraintNames.UsersNormalizedEmail);
        builder.Property(user => user.Version).IsConcurrencyToken();
        builder.HasOne(user => user.ProviderProfile)
            .WithOne(profile => profile.User)
            .HasForeignKey<ProviderProfile>(profile => profile.Id);
    }
}
